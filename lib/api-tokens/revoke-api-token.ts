import { getDb } from '../db/prisma';

/** Revokes one of the user's tokens; false when it is not theirs or already revoked. */
export async function revokeApiToken(options: {
  userId: string;
  tokenId: string;
}): Promise<boolean> {
  const { count } = await getDb().apiToken.updateMany({
    where: { id: options.tokenId, userId: options.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}
