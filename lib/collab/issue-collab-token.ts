import { ValidationError } from '../errors/app-error';
import { authorizeRoom } from './authorize-room';
import { signCollabToken } from './collab-token';
import { parseRoomName } from './room-name';

/**
 * A short-lived token for one room, for a user the policy lets in (the collab server
 * checks both again), with whether the room is read-only for them.
 */
export async function issueCollabToken(actor: { id: string }, name: string) {
  const room = parseRoomName(name);
  if (!room) throw new ValidationError('There is no collab room by that name.');
  const grant = await authorizeRoom(actor.id, room);
  return {
    token: signCollabToken({ sub: actor.id, doc: room.documentId, room: name }),
    readOnly: grant.readOnly,
  };
}
