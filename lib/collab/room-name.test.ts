import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoomName, roomName, type Room } from './room-name';

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const room: fc.Arbitrary<Room> = fc.oneof(
  fc.record({ kind: fc.constant('presence' as const), documentId: id }),
  fc.record({ kind: fc.constant('notebook' as const), documentId: id }),
  fc.record({
    kind: fc.constant('margin' as const),
    documentId: id,
    audience: fc.oneof(
      fc.constant({ kind: 'course' as const }),
      fc.constant({ kind: 'moderators' as const }),
      fc.record({ kind: fc.constant('private' as const), userId: id }),
    ),
  }),
);

describe('room names', () => {
  it('parse back to the room they name', () => {
    fc.assert(
      fc.property(room, (r) => {
        expect(parseRoomName(roomName(r))).toEqual(r);
      }),
    );
  });
  it('refuse anything else', () => {
    for (const bad of [
      '',
      'margin.doc',
      'margin.doc.everyone',
      'margin.doc.private.',
      'margin.doc.private.u.x',
      'presence.a.b',
      'notebook.',
      'other.doc',
      'presence.doc\u0000x',
      `presence.${'a'.repeat(65)}`,
    ])
      expect(parseRoomName(bad)).toBeNull();
  });
});
