import type { z } from 'zod';
import { can } from '../authz/can';
import { describeRange } from '../anchoring/describe-range';
import { publishChange } from '../collab/publish-change';
import { Prisma } from '../db/generated/client';
import { getDb } from '../db/prisma';
import type { ClaimReason } from '../db/generated/enums';
import { ConflictError, ForbiddenError, ValidationError } from '../errors/app-error';
import { loadDocumentFor } from '../documents/load-document-for';
import { loadVersionText } from '../documents/load-version-text';
import { notifyForComment } from '../notifications/notify-for-comment';
import type { createAnnotationInput } from './annotation-input';
import { mentionedUserIds } from './mentioned-user-ids';
import { placeOnCurrentVersion } from './place-on-current-version';
import { toCommentBody } from './to-comment-body';

// The note a retried create (same client-chosen id) already made, if it is this author's.
async function retried(id: string, authorId: string, documentId: string) {
  const row = await getDb().annotation.findUnique({
    where: { id },
    select: { id: true, authorId: true, documentId: true },
  });
  if (!row) return null;
  if (row.authorId === authorId && row.documentId === documentId) return { id: row.id };
  throw new ConflictError('That note id is taken; create the note without one.');
}

type Visibility = 'PRIVATE' | 'COURSE' | 'PUBLIC';

// A claim waits for the course's moderators, so it is never private and needs a course.
function claimVisibility(
  courseId: string | null,
  asked: Visibility | undefined,
  fallback: Visibility,
) {
  if (!courseId)
    throw new ValidationError(
      'Claims are reviewed by a course’s moderators; put this document in a course to flag claims.',
    );
  if (asked === 'PRIVATE')
    throw new ValidationError(
      'A flagged claim is for the course to review, so it cannot be private.',
    );
  return asked ?? (fallback === 'PRIVATE' ? 'COURSE' : fallback);
}

// A reading prompt is the teaching staff's question to a course, so it needs one.
function checkPrompt(actor: { id: string }, doc: Awaited<ReturnType<typeof loadDocumentFor>>) {
  if (!doc.courseId)
    throw new ValidationError(
      'Reading prompts are questions for a course; put this document in a course to pose one.',
    );
  if (!can(actor, 'prompt', doc.resource))
    throw new ForbiddenError(
      'Only the course’s instructors and teaching assistants can post reading prompts; add a note instead.',
    );
}

/**
 * Creates a note on the current version of a document the actor may read. The given
 * selectors are placed on that version (positions first, then the quote), and the
 * stored selectors are rebuilt from the placed range, so they always agree. With a
 * client-chosen id, creating it again returns the same note instead of a second one.
 * With `claim`, the note is a flagged claim: open, with its flagging as the first step
 * of its history. With `prompt`, it is a reading prompt: the teaching staff's question,
 * shown to the whole course and answered in its thread.
 */
export async function createAnnotation(options: {
  actor: { id: string };
  documentId: string;
  input: z.infer<typeof createAnnotationInput>;
  claim?: { reason: ClaimReason };
  prompt?: true;
}) {
  const doc = await loadDocumentFor(options.actor, options.documentId, 'annotate');
  const { claim, prompt } = options;
  if (prompt) checkPrompt(options.actor, doc);
  const db = getDb();
  const again = () =>
    options.input.id ? retried(options.input.id, options.actor.id, doc.id) : null;
  const earlier = await again();
  if (earlier) return earlier;
  const current = await loadVersionText(doc.currentVersionId);
  const range = placeOnCurrentVersion(options.input.target.selector, current);
  const [quote, position] = describeRange(current.text, range.start, range.end);
  const comment = toCommentBody(options.input.body);
  if (prompt && !comment)
    throw new ValidationError(
      'Write the question for the class; a reading prompt cannot be empty.',
    );
  const course = doc.courseId
    ? await db.course.findUnique({
        where: { id: doc.courseId },
        select: { defaultVisibility: true },
      })
    : null;
  const asked = options.input.visibility?.toUpperCase() as Visibility | undefined;
  const fallback = course?.defaultVisibility ?? 'PRIVATE';
  const visibility = prompt
    ? 'COURSE'
    : claim
      ? claimVisibility(doc.courseId, asked, fallback)
      : (asked ?? fallback);
  const created = await db
    .$transaction(async (tx) => {
      const row = await tx.annotation.create({
        data: {
          ...(options.input.id ? { id: options.input.id } : {}),
          documentId: doc.id,
          versionId: current.id,
          authorId: options.actor.id,
          kind: prompt ? 'PROMPT' : claim ? 'CLAIM' : comment ? 'COMMENT' : 'HIGHLIGHT',
          ...(claim ? { claimReason: claim.reason, claimStatus: 'OPEN' as const } : {}),
          body: comment?.body as object | undefined,
          bodyText: comment?.bodyText ?? '',
          color: prompt ? null : (options.input.color ?? null),
          tags: options.input.tags,
          visibility,
          quoteExact: quote.exact,
          quotePrefix: quote.prefix ?? '',
          quoteSuffix: quote.suffix ?? '',
          positionStart: position.start,
          positionEnd: position.end,
        },
        select: { id: true },
      });
      if (claim)
        await tx.claimReview.create({
          data: {
            annotationId: row.id,
            reviewerId: options.actor.id,
            toStatus: 'OPEN',
            note: comment?.bodyText ?? '',
          },
        });
      await publishChange(tx, { type: 'note', documentId: doc.id, noteId: row.id });
      return row;
    })
    .catch(async (err: unknown) => {
      // Two tries of one create raced; the one that lost answers with the winner's note.
      const isDuplicate =
        err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';
      const winner = isDuplicate ? await again() : null;
      if (winner) return winner;
      throw err;
    });
  await notifyForComment({
    actorId: options.actor.id,
    annotationId: created.id,
    mentionedUserIds: mentionedUserIds(comment?.body),
  });
  return created;
}
