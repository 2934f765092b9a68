import type { Prisma } from '../db/generated/client';
import type { CourseRole } from '../db/generated/enums';
import { visibleAnnotationsWhere } from '../authz/visible-annotations';
import { visibleRepliesWhere } from '../authz/visible-replies-where';
import { getDb } from '../db/prisma';
import { annotationJson } from './annotation-json';
import { peerPseudonyms } from './peer-pseudonyms';
import { resolveRowAnchors } from './resolve-row-anchors';

/** The policy facts about a document that decide which of its notes a viewer sees. */
export interface NoteViewDocument {
  id: string;
  ownerId: string;
  currentVersionId: string | null;
  actorCourseRole: CourseRole | null;
  /** Whether hide-until-post keeps classmates' notes from this viewer (see `peerGate`). */
  peersHidden: boolean;
  courseId: string | null;
  /** Whether this viewer sees other students as "Classmate" (see `peerPseudonyms`). */
  anonymousPeers: boolean;
}

/**
 * The notes on a document as `viewerId` sees them (or, with null, as every member of
 * an audience with that course role sees notes not their own), with anchors resolved
 * on the current version and visible replies, in text order; narrowed by `where`.
 */
export async function listNoteViews(
  doc: NoteViewDocument,
  viewerId: string | null,
  where: Prisma.AnnotationWhereInput = {},
) {
  const rows = await getDb().annotation.findMany({
    where: { AND: [{ documentId: doc.id }, where, visibleAnnotationsWhere(viewerId, doc)] },
    orderBy: [{ positionStart: 'asc' }, { createdAt: 'asc' }],
    include: {
      author: { select: { id: true, name: true } },
      replies: {
        where: visibleRepliesWhere(viewerId, doc),
        orderBy: { createdAt: 'asc' },
        include: { author: { select: { id: true, name: true } } },
      },
      sources: {
        orderBy: { createdAt: 'asc' },
        include: { source: true, addedBy: { select: { id: true, name: true } } },
      },
      claimReviews: {
        orderBy: { createdAt: 'asc' },
        include: { reviewer: { select: { id: true, name: true } } },
      },
    },
  });
  // A deleted note with no visible replies has nothing left to show.
  const shown = rows.filter((r) => !r.deletedAt || r.replies.length > 0);
  if (!shown.length) return [];
  const [anchors, shownAs] = await Promise.all([
    resolveRowAnchors(shown, doc.currentVersionId),
    peerPseudonyms(doc, viewerId),
  ]);
  return shown.map((row, i) =>
    annotationJson(
      {
        ...row,
        author: shownAs(row.author),
        replies: row.replies.map((r) => ({ ...r, author: shownAs(r.author) })),
        sources: row.sources.map((s) => ({ ...s, addedBy: s.addedBy && shownAs(s.addedBy) })),
      },
      anchors[i]!,
      viewerId,
    ),
  );
}
