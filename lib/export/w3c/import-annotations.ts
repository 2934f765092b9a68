import { publishChange } from '../../collab/publish-change';
import { getDb } from '../../db/prisma';
import { loadDocumentFor } from '../../documents/load-document-for';
import { loadVersionText } from '../../documents/load-version-text';
import { parseAnnotationFile } from './parse-annotation-file';
import { planImport, type ImportReport } from './plan-import';

// Rows per insert, well under Postgres's limit of 65,535 bound values per statement.
const CHUNK = 500;

function chunks<T>(rows: T[]): T[][] {
  return Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) =>
    rows.slice(i * CHUNK, (i + 1) * CHUNK),
  );
}

/**
 * Imports the annotations in a file's JSON (read by parseAnnotationFile, once access is
 * checked) onto the current version of a document the actor may annotate, as the actor's
 * notes with `visibility` (see planImport for placing and threading). Everything is
 * written in one transaction, with the change published to open margins, or nothing is.
 */
export async function importAnnotations(options: {
  actor: { id: string };
  documentId: string;
  file: unknown;
  visibility: 'private' | 'course' | 'public';
}): Promise<ImportReport> {
  const doc = await loadDocumentFor(options.actor, options.documentId, 'annotate');
  const { items } = parseAnnotationFile(options.file);
  const current = await loadVersionText(doc.currentVersionId);
  const { notes, replies, report } = planImport(items, current, options.actor.id);
  // Explicit, increasing times keep file order (and reply order) where one statement's now() would tie.
  const start = Date.now() - notes.length - replies.length;
  const at = (i: number) => new Date(start + i);
  const visibility = options.visibility.toUpperCase() as 'PRIVATE' | 'COURSE' | 'PUBLIC';
  await getDb().$transaction(
    async (tx) => {
      const noteRows = notes.map((n, i) => ({
        id: n.id,
        documentId: doc.id,
        versionId: current.id,
        authorId: options.actor.id,
        kind: n.comment ? ('COMMENT' as const) : ('HIGHLIGHT' as const),
        body: n.comment?.body as object | undefined,
        bodyText: n.comment?.bodyText ?? '',
        color: n.color,
        tags: n.tags,
        visibility,
        quoteExact: n.placement.quote.exact,
        quotePrefix: n.placement.quote.prefix ?? '',
        quoteSuffix: n.placement.quote.suffix ?? '',
        positionStart: n.placement.position.start,
        positionEnd: n.placement.position.end,
        createdAt: at(i),
      }));
      for (const data of chunks(noteRows)) await tx.annotation.createMany({ data });
      const replyRows = replies.map((r, i) => ({
        annotationId: r.noteId,
        authorId: options.actor.id,
        body: r.comment.body as object,
        bodyText: r.comment.bodyText,
        createdAt: at(notes.length + i),
      }));
      for (const data of chunks(replyRows)) await tx.reply.createMany({ data });
      await publishChange(tx, { type: 'document', documentId: doc.id });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  return report;
}
