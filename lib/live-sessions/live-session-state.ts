import { getDb } from '../db/prisma';

/** What every reader of a document sees of its running live session. */
export interface LiveSessionState {
  id: string;
  startedAt: string;
  leader: { id: string; name: string };
  /** Hidden notes are revealed to the room for the rest of the session. */
  revealed: boolean;
}

/** The document's running live session, or null: the server state its presence room carries. */
export async function liveSessionState(documentId: string): Promise<LiveSessionState | null> {
  const session = await getDb().liveSession.findFirst({
    where: { documentId, endedAt: null },
    select: {
      id: true,
      startedAt: true,
      revealedAt: true,
      startedBy: { select: { id: true, name: true } },
    },
  });
  if (!session) return null;
  return {
    id: session.id,
    startedAt: session.startedAt.toISOString(),
    leader: session.startedBy,
    revealed: session.revealedAt !== null,
  };
}
