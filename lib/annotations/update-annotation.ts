import type { z } from 'zod';
import { getDb } from '../db/prisma';
import type { updateAnnotationInput } from './annotation-input';
import { loadAnnotationFor } from './load-annotation-for';
import { toCommentBody } from './to-comment-body';

/** The author edits their note's comment, colour, tags or visibility; an edited comment shows "edited". */
export async function updateAnnotation(options: {
  actor: { id: string };
  annotationId: string;
  input: z.infer<typeof updateAnnotationInput>;
}) {
  const { input } = options;
  const note = await loadAnnotationFor(options.actor, options.annotationId, 'update');
  const comment = input.body === undefined ? undefined : toCommentBody(input.body);
  return getDb().annotation.update({
    where: { id: note.id },
    data: {
      ...(comment !== undefined
        ? {
            body: (comment?.body as object | undefined) ?? undefined,
            bodyText: comment?.bodyText ?? '',
            kind: comment ? 'COMMENT' : 'HIGHLIGHT',
            editedAt: new Date(),
          }
        : {}),
      ...(input.color !== undefined ? { color: input.color } : {}),
      ...(input.tags !== undefined ? { tags: input.tags } : {}),
      ...(input.visibility
        ? { visibility: input.visibility.toUpperCase() as 'PRIVATE' | 'COURSE' | 'PUBLIC' }
        : {}),
    },
    select: { id: true },
  });
}
