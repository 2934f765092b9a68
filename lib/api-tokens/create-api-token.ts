import { randomBytes } from 'node:crypto';
import { getDb } from '../db/prisma';
import { hashApiToken } from './hash-api-token';

/** Creates a personal API token; the returned secret is never stored and shown only once. */
export async function createApiToken(options: { userId: string; name: string }) {
  const secret = `sch_${randomBytes(32).toString('base64url')}`;
  const token = await getDb().apiToken.create({
    data: {
      userId: options.userId,
      name: options.name,
      tokenHash: hashApiToken(secret),
      prefix: secret.slice(0, 12),
    },
    select: { id: true, name: true, prefix: true, createdAt: true },
  });
  return { ...token, secret };
}
