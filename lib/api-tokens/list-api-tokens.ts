import { getDb } from '../db/prisma';

/** A user's unrevoked tokens, newest first, without their secrets. */
export function listApiTokens(userId: string) {
  return getDb().apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}
