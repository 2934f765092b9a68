import { getDb } from '../db/prisma';

/** How far the viewer is with one assignment. */
export interface AssignmentProgress {
  /** Their notes on the assignment's document. */
  notes: number;
  /** They wrote at least one of them after the due time. */
  late: boolean;
  /** It is past due and they have written none. */
  missing: boolean;
}

/**
 * The viewer's progress on each assignment, keyed by assignment id: their non-deleted
 * notes on its document, whether any came after the due time, and whether it is past
 * due with none. One query, however many assignments.
 */
export async function assignmentProgress(
  actor: { id: string },
  assignments: { id: string; dueAt: Date | null; documentId: string }[],
  now: Date,
): Promise<Map<string, AssignmentProgress>> {
  const mine = assignments.length
    ? await getDb().annotation.findMany({
        where: {
          authorId: actor.id,
          deletedAt: null,
          documentId: { in: [...new Set(assignments.map((a) => a.documentId))] },
        },
        select: { documentId: true, createdAt: true },
      })
    : [];
  return new Map(
    assignments.map((a) => {
      const notes = mine.filter((n) => n.documentId === a.documentId);
      const late = !!a.dueAt && notes.some((n) => n.createdAt > a.dueAt!);
      const missing = !!a.dueAt && a.dueAt < now && notes.length === 0;
      return [a.id, { notes: notes.length, late, missing }];
    }),
  );
}
