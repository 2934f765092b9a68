import type { Db } from '../db/prisma';

/** The Postgres channel every collab instance listens on. */
export const CHANGE_CHANNEL = 'scholia_collab';

/** Something committed that open rooms must reflect. */
export type CollabChange =
  /** One note, or its replies, changed: rooms re-read that note. */
  | { type: 'note'; documentId: string; noteId: string }
  /** Any note on the document may look different (new version, moved, deleted): rooms rebuild. */
  | { type: 'document'; documentId: string }
  /** A user's place in a course changed: their sockets to its rooms are re-checked. */
  | { type: 'access'; userId: string; courseId: string }
  /** A notebook was locked or unlocked: its writers are re-checked. */
  | { type: 'notebook-lock'; documentId: string }
  /** A live session on the document started, revealed notes or ended: its presence room says so. */
  | { type: 'live-session'; documentId: string };

/**
 * Tells every collab instance about a change, through Postgres NOTIFY. Inside a
 * transaction (pass its client) the notice is delivered only if and when it commits.
 */
export async function publishChange(
  db: Pick<Db, '$executeRaw'>,
  change: CollabChange,
): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${CHANGE_CHANNEL}, ${JSON.stringify(change)})`;
}
