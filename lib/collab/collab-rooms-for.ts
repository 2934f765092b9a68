import { can } from '../authz/can';
import { loadDocumentFor } from '../documents/load-document-for';
import { loadNotebookResource } from './load-notebook-resource';
import { marginAudienceOf } from './margin-audience-of';
import { roomName } from './room-name';

/**
 * The rooms a reader of a document joins: the margin room of their audience (if the
 * document has a course) and their own; the presence room; and the course notebook,
 * with whether they may write it and lock it. Throws NotFoundError for non-readers.
 */
export async function collabRoomsFor(actor: { id: string }, documentId: string) {
  const doc = await loadDocumentFor(actor, documentId, 'read');
  const shared = marginAudienceOf(doc);
  const margin = [
    ...(shared ? [roomName({ kind: 'margin', documentId, audience: shared })] : []),
    roomName({ kind: 'margin', documentId, audience: { kind: 'private', userId: actor.id } }),
  ];
  const resource = doc.actorCourseRole ? await loadNotebookResource(doc) : null;
  const notebook = resource && {
    room: roomName({ kind: 'notebook', documentId }),
    locked: resource.locked,
    canWrite: can(actor, 'update', resource),
    canLock: can(actor, 'manage', resource),
  };
  return { margin, presence: roomName({ kind: 'presence', documentId }), notebook };
}
