import { getDb } from '../db/prisma';
import type { CurrentUser } from '../auth/get-current-user';
import { hashApiToken } from './hash-api-token';

/** The owner of an unrevoked token, or null; records when the token was last used, to the minute. */
export async function findUserByApiToken(secret: string): Promise<CurrentUser | null> {
  if (!secret.startsWith('sch_')) return null;
  const db = getDb();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    select: { id: true, revokedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!token || token.revokedAt) return null;
  // At most one write a minute per token: a script calling in a loop must not turn
  // every read into a database write.
  const now = new Date();
  await db.apiToken.updateMany({
    where: {
      id: token.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - 60_000) } }],
    },
    data: { lastUsedAt: now },
  });
  return token.user;
}
