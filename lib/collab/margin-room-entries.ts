import type { Prisma } from '../db/generated/client';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from '../documents/load-document-for';
import { listNoteViews } from '../annotations/list-note-views';
import { marginAudienceOf } from './margin-audience-of';
import type { MarginAudience } from './room-name';

/**
 * The entries of a margin room: note id → the note as that room's audience sees it
 * (the API's JSON, as a string). A shared room holds what every member sees of notes
 * not their own; a user's private room holds only the notes they see differently
 * (their private and hidden notes, notes with their hidden replies), or all they see
 * when there is no shared room. Only notes with `ids`, when given. A room never
 * receives anything its audience may not read.
 */
export async function marginRoomEntries(
  documentId: string,
  audience: MarginAudience,
  ids?: readonly string[],
): Promise<Map<string, string>> {
  const only: Prisma.AnnotationWhereInput = ids ? { id: { in: [...ids] } } : {};
  let views;
  if (audience.kind === 'private') {
    const doc = await loadDocumentFor({ id: audience.userId }, documentId, 'read');
    const me = audience.userId;
    const ownView: Prisma.AnnotationWhereInput = marginAudienceOf(doc)
      ? {
          OR: [
            { authorId: me, OR: [{ visibility: 'PRIVATE' }, { hiddenAt: { not: null } }] },
            { replies: { some: { authorId: me, hiddenAt: { not: null }, deletedAt: null } } },
          ],
        }
      : {};
    views = await listNoteViews(doc, me, { AND: [only, ownView] });
  } else {
    const doc = await getDb().document.findUnique({
      where: { id: documentId },
      select: { id: true, ownerId: true, courseId: true, currentVersionId: true },
    });
    // A deleted document's rooms are emptied; access checks close their sockets.
    if (!doc) return new Map();
    const actorCourseRole = audience.kind === 'moderators' ? 'MODERATOR' : 'STUDENT';
    // Students kept from classmates' notes, or from their names, never join the shared
    // room (marginAudienceOf): its audience sees every note with its author.
    views = await listNoteViews(
      { ...doc, actorCourseRole, peersHidden: false, anonymousPeers: false },
      null,
      only,
    );
  }
  return new Map(views.map((v) => [v.id, JSON.stringify(v)]));
}
