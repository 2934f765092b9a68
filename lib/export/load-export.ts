import { listNoteViews } from '../annotations/list-note-views';
import { coursePalette } from '../courses/course-palette';
import { getDb } from '../db/prisma';
import type { DocNode } from '../documents/doc-node';
import { loadDocumentFor } from '../documents/load-document-for';
import type { CitationStyle } from '../sources/citation-styles';
import { resolveCitationStyle } from '../sources/resolve-citation-style';
import type { ExportOptions } from './export-options';

/** One note of an export: the API's note shape. */
export type ExportNote = Awaited<ReturnType<typeof listNoteViews>>[number];

const LAYER_LABELS: Record<ExportOptions['layers'], string> = {
  mine: 'my notes',
  course: 'notes shared with the course',
  claims: 'claims only',
  all: 'every note I can see',
};

/**
 * What every export of a document is made from, for one reader: the document (meta,
 * current version's editor JSON and canonical text) and the notes they may see, by the
 * same rules as the reader (`listNoteViews`), narrowed to the chosen layer. Exports
 * leave out what a moderator hid and what was deleted (a deleted note only ever
 * showed for its replies); replies go only when asked for. Notes come in text order;
 * sources, claims and anchors are as the API gives them.
 */
export async function loadExport(
  actor: { id: string },
  documentId: string,
  options: ExportOptions,
) {
  const doc = await loadDocumentFor(actor, documentId, 'read');
  const db = getDb();
  const [meta, version, user, views] = await Promise.all([
    db.document.findUniqueOrThrow({
      where: { id: doc.id },
      select: {
        title: true,
        author: true,
        sourceUrl: true,
        course: { select: { title: true, citationStyle: true, palette: true } },
      },
    }),
    doc.currentVersionId
      ? db.documentVersion.findUnique({
          where: { id: doc.currentVersionId },
          select: { id: true, number: true, content: true, text: true },
        })
      : null,
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { citationStyle: true } }),
    listNoteViews(doc, actor.id, { deletedAt: null, hiddenAt: null }),
  ]);
  const layer = options.layers;
  const notes = views
    .filter(
      (n) =>
        layer === 'all' ||
        (layer === 'mine' && n.author?.id === actor.id) ||
        (layer === 'course' && n.visibility !== 'private') ||
        (layer === 'claims' && n.kind === 'claim'),
    )
    .map((n) => ({ ...n, replies: options.replies ? n.replies.filter((r) => !r.hidden) : [] }));
  const style: CitationStyle = resolveCitationStyle(
    options.style,
    user.citationStyle,
    meta.course?.citationStyle,
  );
  return {
    document: {
      id: doc.id,
      title: meta.title,
      author: meta.author,
      sourceUrl: meta.sourceUrl,
      course: meta.course?.title ?? null,
      versionId: version?.id ?? null,
      versionNumber: version?.number ?? null,
      content: (version?.content ?? { type: 'doc', content: [] }) as unknown as DocNode,
      text: version?.text ?? '',
    },
    notes,
    style,
    /** The course's highlight palette (or the defaults), so colours mean what they mean in the reader. */
    palette: coursePalette(meta.course?.palette),
    options,
    /** The filters in words, for a cover page: "every note I can see · with replies · APA". */
    filters: [
      LAYER_LABELS[layer],
      options.replies ? 'with replies' : 'without replies',
      style.toUpperCase() === 'CHICAGO' ? 'Chicago' : style.toUpperCase(),
    ].join(' · '),
  };
}

/** Everything an export is made from. */
export type ExportData = Awaited<ReturnType<typeof loadExport>>;
