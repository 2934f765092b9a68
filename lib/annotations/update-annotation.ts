import type { z } from 'zod';
import { describeRange } from '../anchoring/describe-range';
import { publishChange } from '../collab/publish-change';
import { getDb } from '../db/prisma';
import { ValidationError } from '../errors/app-error';
import type { updateAnnotationInput } from './annotation-input';
import { loadAnnotationFor } from './load-annotation-for';
import { placeOnCurrentVersion } from './place-on-current-version';
import { toCommentBody } from './to-comment-body';
import type { DocNode } from '../documents/doc-node';
import { notifyForComment } from '../notifications/notify-for-comment';
import { mentionedUserIds } from './mentioned-user-ids';

async function retarget(
  documentId: string,
  selectors: NonNullable<z.infer<typeof updateAnnotationInput>['target']>['selector'],
) {
  const current = await getDb().document.findUniqueOrThrow({
    where: { id: documentId },
    select: { currentVersion: { select: { id: true, text: true } } },
  });
  const version = current.currentVersion!;
  const range = placeOnCurrentVersion(selectors, version);
  const [quote, position] = describeRange(version.text, range.start, range.end);
  return {
    versionId: version.id,
    quoteExact: quote.exact,
    quotePrefix: quote.prefix ?? '',
    quoteSuffix: quote.suffix ?? '',
    positionStart: position.start,
    positionEnd: position.end,
  };
}

/**
 * Changes a note. The author may change its comment (then shown as edited, and people
 * it newly @mentions are notified), colour, tags and visibility; the author or a moderator may re-attach it with a new `target`
 * on the current version, which is how an orphan gets its place back.
 */
export async function updateAnnotation(options: {
  actor: { id: string };
  annotationId: string;
  input: z.infer<typeof updateAnnotationInput>;
}) {
  const { input } = options;
  const onlyTarget = [input.body, input.color, input.tags, input.visibility].every(
    (v) => v === undefined,
  );
  const note = await loadAnnotationFor(
    options.actor,
    options.annotationId,
    input.target && onlyTarget ? 'reattach' : 'update',
  );
  const comment = input.body === undefined ? undefined : toCommentBody(input.body);
  // Claims and prompts stay what they are: a prompt keeps its question, and neither
  // goes private (the course reviews a claim, and answers a prompt).
  const fixedKind = note.kind === 'CLAIM' || note.kind === 'PROMPT';
  if (note.kind === 'PROMPT' && comment !== undefined && !comment?.bodyText.trim())
    throw new ValidationError('A reading prompt needs its question; write one, or delete it.');
  if (fixedKind && input.visibility === 'private')
    throw new ValidationError(
      note.kind === 'CLAIM'
        ? 'A flagged claim is for the course to review, so it cannot be private.'
        : 'A reading prompt is for the course, so it cannot be private.',
    );
  const target = input.target ? await retarget(note.documentId, input.target.selector) : {};
  const updated = await getDb().$transaction(async (tx) => {
    const row = await tx.annotation.update({
      where: { id: note.id },
      data: {
        ...target,
        ...(comment !== undefined
          ? {
              body: (comment?.body as object | undefined) ?? undefined,
              bodyText: comment?.bodyText ?? '',
              ...(fixedKind
                ? {}
                : { kind: comment ? ('COMMENT' as const) : ('HIGHLIGHT' as const) }),
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
    await publishChange(tx, { type: 'note', documentId: note.documentId, noteId: note.id });
    return row;
  });
  if (comment !== undefined) {
    // Only people the edit newly mentions hear of it.
    const already = new Set(mentionedUserIds(note.body as unknown as DocNode | null));
    await notifyForComment({
      actorId: options.actor.id,
      annotationId: note.id,
      mentionedUserIds: mentionedUserIds(comment?.body).filter((id) => !already.has(id)),
    });
  }
  return updated;
}
