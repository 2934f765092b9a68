import { MessageType } from '@hocuspocus/server';
import * as encoding from 'lib0/encoding';

/** A Hocuspocus frame as a provider sends it: the room's name, a message type, then `write`'s bytes. */
export function collabFrame(
  room: string,
  type: number,
  write: (encoder: encoding.Encoder) => void = () => {},
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The frame that opens a room on a socket: a token (AuthMessageType.Token is 0). */
export function authFrame(room: string, token: string): Uint8Array {
  return collabFrame(room, MessageType.Auth, (encoder) => {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarString(encoder, token);
  });
}
