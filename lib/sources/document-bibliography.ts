import type { Actor } from '../authz/can';
import { visibleAnnotationsWhere } from '../authz/visible-annotations';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from '../documents/load-document-for';
import type { CitationStyle } from './citation-styles';
import { formatCitations, type FormatCitationsOptions } from './format-citations';
import { resolveCitationStyle } from './resolve-citation-style';

/**
 * Every source cited in the notes `actor` may see on a document, once each (the same
 * work attached by two people outside a course counts once too), in `style` if given,
 * else the actor's or the course's, formatted as `format`.
 */
export async function documentBibliography(options: {
  actor: Actor & { id: string };
  documentId: string;
  style?: string;
  format?: FormatCitationsOptions['format'];
}) {
  const doc = await loadDocumentFor(options.actor, options.documentId, 'read');
  const db = getDb();
  const [links, user, course] = await Promise.all([
    db.annotationSource.findMany({
      where: {
        annotation: {
          AND: [
            { documentId: doc.id, deletedAt: null },
            visibleAnnotationsWhere(options.actor.id, doc),
          ],
        },
      },
      orderBy: { createdAt: 'asc' },
      select: { source: true },
    }),
    db.user.findUniqueOrThrow({ where: { id: options.actor.id }, select: { citationStyle: true } }),
    doc.courseId
      ? db.course.findUnique({ where: { id: doc.courseId }, select: { citationStyle: true } })
      : null,
  ]);
  const unique = new Map(links.map(({ source }) => [source.dedupeKey, source]));
  const sources = [...unique.values()];
  const style: CitationStyle = resolveCitationStyle(
    options.style,
    user.citationStyle,
    course?.citationStyle,
  );
  const format = options.format ?? 'text';
  return {
    style,
    format,
    count: sources.length,
    sources,
    output: formatCitations(sources, { style, format }),
  };
}
