import type { z } from 'zod';
import { loadCourseFor } from '../courses/load-course-for';
import { getDb } from '../db/prisma';
import { ValidationError } from '../errors/app-error';
import type { createAssignmentInput } from './assignment-input';

/** An instructor assigns one of the course's documents, with instructions and an optional due time. */
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
  return db.assignment.create({
    data: {
      courseId: options.courseId,
      documentId: doc.id,
      title: options.input.title,
      instructions: options.input.instructions,
      dueAt: options.input.dueAt ? new Date(options.input.dueAt) : null,
      allowLate: options.input.allowLate,
    },
    select: { id: true, title: true },
  });
}
