import type { z } from 'zod';
import { describeRange } from '../anchoring/describe-range';
import { resolveAnchor } from '../anchoring/resolve-anchor';
import { getDb } from '../db/prisma';
import { ValidationError } from '../errors/app-error';
import { loadDocumentFor } from '../documents/load-document-for';
import type { createAnnotationInput } from './annotation-input';
import { toCommentBody } from './to-comment-body';

type Selectors = z.infer<typeof createAnnotationInput>['target']['selector'];

/**
 * Where new selectors point in the current version: what the engine places with
 * confidence, else a quote that occurs exactly once (a bare quote has no context for
 * the engine to score, but a unique one is unambiguous).
 */
function placeOnCurrent(selectors: Selectors, current: { id: string; text: string }) {
  const placed = resolveAnchor(
    { versionId: current.id, selectors },
    { versionId: current.id, text: current.text },
  );
  if (placed.status !== 'orphan' && (placed.status !== 'fuzzy' || placed.confidence >= 0.8))
    return placed;
  const exact = selectors.find((s) => s.type === 'TextQuoteSelector')!.exact;
  const at = current.text.indexOf(exact);
  if (at >= 0 && current.text.indexOf(exact, at + 1) < 0)
    return { start: at, end: at + exact.length };
  throw new ValidationError(
    at >= 0
      ? 'That passage appears more than once; include its position or some surrounding text to say which.'
      : 'The quoted text is not in the current version of this document; select the passage again.',
  );
}

/**
 * Creates a note on the current version of a document the actor may read. The given
 * selectors are placed on that version (positions first, then the quote), and the
 * stored selectors are rebuilt from the placed range, so they always agree.
 */
export async function createAnnotation(options: {
  actor: { id: string };
  documentId: string;
  input: z.infer<typeof createAnnotationInput>;
}) {
  const doc = await loadDocumentFor(options.actor, options.documentId, 'annotate');
  const db = getDb();
  const current = await db.documentVersion.findUniqueOrThrow({
    where: { id: doc.currentVersionId ?? '' },
    select: { id: true, text: true },
  });
  const range = placeOnCurrent(options.input.target.selector, current);
  const [quote, position] = describeRange(current.text, range.start, range.end);
  const comment = toCommentBody(options.input.body);
  const course = doc.courseId
    ? await db.course.findUnique({
        where: { id: doc.courseId },
        select: { defaultVisibility: true },
      })
    : null;
  const visibility = options.input.visibility
    ? (options.input.visibility.toUpperCase() as 'PRIVATE' | 'COURSE' | 'PUBLIC')
    : (course?.defaultVisibility ?? 'PRIVATE');
  return db.annotation.create({
    data: {
      documentId: doc.id,
      versionId: current.id,
      authorId: options.actor.id,
      kind: comment ? 'COMMENT' : 'HIGHLIGHT',
      body: comment?.body as object | undefined,
      bodyText: comment?.bodyText ?? '',
      color: options.input.color ?? null,
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
}
