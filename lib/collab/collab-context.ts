import type { RoomGrant } from './authorize-room';
import type { Room } from './room-name';

/** What a connection carries once authenticated: who it is and which room it joined. */
export interface CollabContext extends RoomGrant {
  room: Room;
  /** The colour of the user's caret and selection, the same on every screen. */
  color: string;
}
