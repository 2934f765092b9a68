import { getDb } from '../db/prisma';
import type { CurrentUser } from '../auth/get-current-user';
import { hashApiToken } from './hash-api-token';

/** The owner of an unrevoked token, or null; records when the token was last used. */
export async function findUserByApiToken(secret: string): Promise<CurrentUser | null> {
  if (!secret.startsWith('sch_')) return null;
  const db = getDb();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    select: { id: true, revokedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!token || token.revokedAt) return null;
  await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  return token.user;
}
