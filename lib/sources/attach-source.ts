import type { z } from 'zod';
import { loadAnnotationFor } from '../annotations/load-annotation-for';
import { publishChange } from '../collab/publish-change';
import type { SourceRelation, SourceType } from '../db/generated/enums';
import { getDb } from '../db/prisma';
import { NotFoundError } from '../errors/app-error';
import type { attachSourceInput } from './source-input';
import { sourceDedupeKey } from './source-dedupe-key';

/**
 * Attaches a source to a note or claim: one from the library (the course's, or the
 * actor's own for a document outside a course), or a new one, which joins the library
 * unless the library already holds the same work (by DOI, ISBN, or URL and title), in
 * which case that one is reused. Attaching it again updates its relation and quote.
 */
export async function attachSource(options: {
  actor: { id: string };
  annotationId: string;
  input: z.infer<typeof attachSourceInput>;
}) {
  const { actor, input } = options;
  const note = await loadAnnotationFor(actor, options.annotationId, 'cite');
  const courseId = note.document.courseId;
  const library = courseId ? { courseId } : { courseId: null, createdById: actor.id };
  const db = getDb();
  return db.$transaction(async (tx) => {
    let sourceId: string;
    let reused = true;
    if ('sourceId' in input) {
      const found = await tx.source.findFirst({
        where: { id: input.sourceId, ...library },
        select: { id: true },
      });
      if (!found)
        throw new NotFoundError('That source is not in this library; search the library again.');
      sourceId = found.id;
    } else {
      const dedupeKey = sourceDedupeKey(input.source);
      // One writer per library and work at a time, so two tries cannot both add it.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${courseId ?? actor.id}|${dedupeKey}`}))`;
      const same = await tx.source.findFirst({
        where: { ...library, dedupeKey },
        select: { id: true },
      });
      reused = same !== null;
      sourceId =
        same?.id ??
        (
          await tx.source.create({
            data: {
              courseId,
              createdById: actor.id,
              type: input.source.type.toUpperCase() as SourceType,
              title: input.source.title,
              authors: input.source.authors,
              url: input.source.url ?? null,
              container: input.source.container ?? null,
              publisher: input.source.publisher ?? null,
              issued: input.source.issued ?? null,
              pages: input.source.pages ?? null,
              doi: input.source.doi ?? null,
              isbn: input.source.isbn ?? null,
              dedupeKey,
            },
            select: { id: true },
          })
        ).id;
    }
    const link = {
      relation: input.relation.toUpperCase() as SourceRelation,
      quotedPassage: input.quotedPassage ?? null,
      note: input.note ?? null,
    };
    await tx.annotationSource.upsert({
      where: { annotationId_sourceId: { annotationId: note.id, sourceId } },
      create: { annotationId: note.id, sourceId, addedById: actor.id, ...link },
      update: link,
    });
    await publishChange(tx, { type: 'note', documentId: note.documentId, noteId: note.id });
    return { annotationId: note.id, sourceId, reused };
  });
}
