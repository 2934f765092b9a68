import type { CourseRole } from '../db/generated/enums';
import { getDb } from '../db/prisma';

/** A student's hide-until-post state on a document: notes needed, and posted so far. */
export interface PeerGate {
  required: number;
  posted: number;
}

/** The assignments that can hide notes: a hide-until-post count, not revealed for good. */
export const hidingAssignmentsWhere = { hideUntilPostCount: { gt: 0 }, revealedAt: null } as const;

/** What a document query selects so `peerGate` knows whether a live session revealed all. */
export const revealingSessionsSelect = {
  where: { endedAt: null, revealedAt: { not: null } },
  select: { id: true },
  take: 1,
} as const;

/**
 * Whether classmates' notes are still hidden from a student: an assignment of the
 * document hides them until the student has posted N notes (comments, claims and
 * replies count; bare highlights and prompts do not), and neither the instructor nor a
 * live session has revealed them. Null when nothing is hidden; only students are gated.
 */
export async function peerGate(
  document: {
    id: string;
    /** The document's assignments matching `hidingAssignmentsWhere` (others are ignored). */
    assignments: readonly { hideUntilPostCount: number; revealedAt: Date | null }[];
    /** Its live sessions matching `revealingSessionsSelect`. */
    liveSessions: readonly unknown[];
  },
  actorId: string,
  role: CourseRole | null,
): Promise<PeerGate | null> {
  const required = Math.max(
    0,
    ...document.assignments.filter((a) => a.revealedAt === null).map((a) => a.hideUntilPostCount),
  );
  if (role !== 'STUDENT' || required === 0 || document.liveSessions.length > 0) return null;
  const db = getDb();
  const [notes, replies] = await Promise.all([
    db.annotation.count({
      where: {
        documentId: document.id,
        authorId: actorId,
        deletedAt: null,
        kind: { in: ['COMMENT', 'CLAIM'] },
      },
    }),
    db.reply.count({
      where: { authorId: actorId, deletedAt: null, annotation: { documentId: document.id } },
    }),
  ]);
  const posted = notes + replies;
  return posted >= required ? null : { required, posted };
}
