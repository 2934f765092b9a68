/** Who a margin room is for: a course's readers, its moderators, or one user's own view. */
export type MarginAudience =
  { kind: 'course' } | { kind: 'moderators' } | { kind: 'private'; userId: string };

/** A collab room, parsed from its name. */
export type Room =
  | { kind: 'margin'; documentId: string; audience: MarginAudience }
  | { kind: 'presence'; documentId: string }
  | { kind: 'notebook'; documentId: string };

const ID = '[A-Za-z0-9_-]{1,64}';
const PATTERN = new RegExp(
  `^(?:margin\\.(${ID})\\.(course|moderators|private\\.(${ID}))|presence\\.(${ID})|notebook\\.(${ID}))$`,
);

/** The room a name stands for, or null for a name no room has. */
export function parseRoomName(name: string): Room | null {
  const m = PATTERN.exec(name);
  if (!m) return null;
  if (m[1]) {
    const audience: MarginAudience =
      m[2] === 'course' || m[2] === 'moderators'
        ? { kind: m[2] }
        : { kind: 'private', userId: m[3]! };
    return { kind: 'margin', documentId: m[1], audience };
  }
  if (m[4]) return { kind: 'presence', documentId: m[4] };
  return { kind: 'notebook', documentId: m[5]! };
}

/** The name of a room; the inverse of parseRoomName. */
export function roomName(room: Room): string {
  if (room.kind !== 'margin') return `${room.kind}.${room.documentId}`;
  const a = room.audience;
  return `margin.${room.documentId}.${a.kind === 'private' ? `private.${a.userId}` : a.kind}`;
}
