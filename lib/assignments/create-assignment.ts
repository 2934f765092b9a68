import type { z } from 'zod';
import { publishChange } from '../collab/publish-change';
import { loadCourseFor } from '../courses/load-course-for';
import { getDb } from '../db/prisma';
import { ValidationError } from '../errors/app-error';
import type { createAssignmentInput } from './assignment-input';

/**
 * An instructor assigns one of the course's documents, with instructions, an optional
 * due time and its peer settings. With hide-until-post on, open margin rooms of the
 * document are re-checked, so students who must post first leave the shared one.
 */
export async function createAssignment(options: {
  actor: { id: string };
  courseId: string;
  input: z.infer<typeof createAssignmentInput>;
}) {
  await loadCourseFor(options.actor, options.courseId, 'manage');
  const db = getDb();
  const doc = await db.document.findFirst({
    where: { id: options.input.documentId, courseId: options.courseId },
    select: { id: true },
  });
  if (!doc)
    throw new ValidationError('Assign a document of this course; add it to the course first.');
  // Hiding classmates' notes changes who may sit in the document's shared margin room.
  return db.$transaction(async (tx) => {
    const created = await tx.assignment.create({
      data: {
        courseId: options.courseId,
        documentId: doc.id,
        title: options.input.title,
        instructions: options.input.instructions,
        dueAt: options.input.dueAt ? new Date(options.input.dueAt) : null,
        allowLate: options.input.allowLate,
        hideUntilPostCount: options.input.hideUntilPostCount,
        anonymousToPeers: options.input.anonymousToPeers,
      },
      select: { id: true, title: true },
    });
    if (options.input.hideUntilPostCount > 0)
      await publishChange(tx, { type: 'document', documentId: doc.id });
    return created;
  });
}
