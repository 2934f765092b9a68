import { createHash } from 'node:crypto';

/**
 * SHA-256 of a token. Tokens carry 256 random bits, so a fast hash is enough and
 * lets a lookup be a single indexed equality.
 */
export function hashApiToken(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
