import { peerPseudonyms } from '../annotations/peer-pseudonyms';
import { can } from '../authz/can';
import { getDb } from '../db/prisma';
import { loadDocumentFor } from '../documents/load-document-for';
import { ForbiddenError } from '../errors/app-error';
import { loadNotebookResource } from './load-notebook-resource';
import { marginAudienceOf } from './margin-audience-of';
import type { Room } from './room-name';

/** What a connection to a room may do, and who it is. */
export interface RoomGrant {
  user: { id: string; name: string };
  /**
   * Who the others in the room see: the user, or, for a student on a document assigned
   * anonymously to peers, the same "Classmate" pseudonym their notes carry there.
   */
  shownAs: { id: string; name: string };
  documentId: string;
  courseId: string | null;
  readOnly: boolean;
  /** Whether they may lead a live session here (only their spotlight is passed on). */
  canLead: boolean;
}

/**
 * Checks the policy for a user joining a room: any reader of the document may watch
 * its presence room and the margin room of their own audience (never another's, never
 * another user's private room); course members may open the course notebook, and
 * write it unless it is locked to them. Margin and presence rooms are read-only: the
 * server is their only writer. Throws NotFoundError or ForbiddenError otherwise.
 */
export async function authorizeRoom(userId: string, room: Room): Promise<RoomGrant> {
  const actor = { id: userId };
  const doc = await loadDocumentFor(actor, room.documentId, 'read');
  const user = await getDb().user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, name: true },
  });
  const grant = {
    user,
    shownAs: (await peerPseudonyms(doc, null))(user),
    documentId: doc.id,
    courseId: doc.courseId,
    canLead: can(actor, 'lead', doc.resource),
  };
  if (room.kind === 'presence') return { ...grant, readOnly: true };
  if (room.kind === 'margin') {
    const own = marginAudienceOf(doc);
    const audience = room.audience;
    const allowed =
      audience.kind === 'private' ? audience.userId === userId : audience.kind === own?.kind;
    if (!allowed) throw new ForbiddenError('That margin is for another audience.');
    return { ...grant, readOnly: true };
  }
  const notebook = await loadNotebookResource(doc);
  if (!notebook || !can(actor, 'read', notebook))
    throw new ForbiddenError('The notebook is for members of the document’s course.');
  return { ...grant, readOnly: !can(actor, 'update', notebook) };
}
