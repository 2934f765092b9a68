import type { Prisma } from '../db/generated/client';
import { getDb } from '../db/prisma';
import { assignmentProgress } from './assignment-progress';

/** The columns `summarizeAssignments` reads; the list queries select these. */
export const assignmentSummarySelect = {
  id: true,
  title: true,
  instructions: true,
  dueAt: true,
  allowLate: true,
  hideUntilPostCount: true,
  anonymousToPeers: true,
  document: { select: { id: true, title: true } },
} satisfies Prisma.AssignmentSelect;

type Row = Prisma.AssignmentGetPayload<{ select: typeof assignmentSummarySelect }>;

async function countPrompts(documentIds: string[]): Promise<Map<string, number>> {
  if (!documentIds.length) return new Map();
  const groups = await getDb().annotation.groupBy({
    by: ['documentId'],
    where: { documentId: { in: documentIds }, kind: 'PROMPT', deletedAt: null },
    _count: { _all: true },
  });
  return new Map(groups.map((g) => [g.documentId, g._count._all]));
}

/**
 * Assignments as the JSON API and pages show them, in the order given: their settings,
 * how many reading prompts their document has, and the viewer's own progress.
 */
export async function summarizeAssignments(actor: { id: string }, rows: Row[], now: Date) {
  const [progress, prompts] = await Promise.all([
    assignmentProgress(
      actor,
      rows.map((r) => ({ id: r.id, dueAt: r.dueAt, documentId: r.document.id })),
      now,
    ),
    countPrompts([...new Set(rows.map((r) => r.document.id))]),
  ]);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    instructions: r.instructions,
    dueAt: r.dueAt?.toISOString() ?? null,
    allowLate: r.allowLate,
    hideUntilPostCount: r.hideUntilPostCount,
    anonymousToPeers: r.anonymousToPeers,
    document: r.document,
    prompts: prompts.get(r.document.id) ?? 0,
    progress: progress.get(r.id)!,
  }));
}

/** One assignment as `summarizeAssignments` gives it. */
export type AssignmentSummary = Awaited<ReturnType<typeof summarizeAssignments>>[number];
