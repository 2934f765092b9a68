import { getDb } from '../db/prisma';

/** Notes that these users were in the room of a running session (once each). */
export async function recordParticipants(sessionId: string, userIds: readonly string[]) {
  if (!userIds.length) return;
  await getDb().liveSessionParticipant.createMany({
    data: [...new Set(userIds)].map((userId) => ({ sessionId, userId })),
    skipDuplicates: true,
  });
}
