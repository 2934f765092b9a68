import { hash, verify } from '@node-rs/argon2';

// argon2id is the library's default algorithm; these are OWASP's baseline costs:
// 19 MiB, 2 passes, 1 lane. (Its Algorithm enum is a const enum, unusable here.)
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against an argon2id hash; false for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}
