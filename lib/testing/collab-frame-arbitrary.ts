import { MessageType } from '@hocuspocus/server';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { authFrame, collabFrame } from './collab-frame';

// Varints no decoder should trust: past 2^53, 2^32 and 2^31 lengths, and one never ended.
const HUGE_VARINTS = [
  [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f],
  [0xff, 0xff, 0xff, 0xff, 0x0f],
  [0x80, 0x80, 0x80, 0x80, 0x08],
  Array.from({ length: 24 }, () => 0x80),
];

// A Yjs document the way a client might have it: text in a notebook, forged margin entries.
const scratchDoc = fc
  .record({
    text: fc.string({ maxLength: 64 }),
    notes: fc.dictionary(fc.string({ maxLength: 24 }), fc.string({ maxLength: 64 }), {
      maxKeys: 3,
    }),
    deleteSome: fc.boolean(),
  })
  .map(({ text, notes, deleteSome }) => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, text);
    for (const [id, body] of Object.entries(notes))
      doc.getMap<string>('notes').set(id, JSON.stringify({ id, bodyText: body, replies: [] }));
    if (deleteSome && text.length > 1) doc.getText('t').delete(0, 1);
    return doc;
  });

const awarenessState = fc.oneof(
  fc.record({ selection: fc.record({ from: fc.integer(), to: fc.integer() }) }),
  fc.record({ user: fc.record({ id: fc.string(), name: fc.string() }), spotlight: fc.jsonValue() }),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })),
);

function message(room: string, tokens: readonly string[]): fc.Arbitrary<Uint8Array> {
  const sync = (type: number, write: (e: encoding.Encoder, doc: Y.Doc) => void) =>
    scratchDoc.map((doc) => collabFrame(room, type, (e) => write(e, doc)));
  return fc.oneof(
    sync(MessageType.Sync, (e, doc) => syncProtocol.writeSyncStep1(e, doc)),
    sync(MessageType.Sync, (e, doc) => syncProtocol.writeSyncStep2(e, doc)),
    sync(MessageType.Sync, (e, doc) => syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(doc))),
    sync(MessageType.SyncReply, (e, doc) => syncProtocol.writeSyncStep2(e, doc)),
    fc.tuple(awarenessState, fc.nat()).map(([state, clientID]) => {
      const awareness = new Awareness(new Y.Doc());
      awareness.clientID = clientID;
      awareness.setLocalState(state);
      const update = encodeAwarenessUpdate(awareness, [clientID]);
      awareness.destroy();
      return collabFrame(room, MessageType.Awareness, (e) =>
        encoding.writeVarUint8Array(e, update),
      );
    }),
    fc.constant(collabFrame(room, MessageType.QueryAwareness)),
    fc
      .string({ maxLength: 200 })
      .map((payload) =>
        collabFrame(room, MessageType.Stateless, (e) => encoding.writeVarString(e, payload)),
      ),
    fc
      .string({ maxLength: 200 })
      .map((payload) =>
        collabFrame(room, MessageType.BroadcastStateless, (e) =>
          encoding.writeVarString(e, payload),
        ),
      ),
    fc.constant(collabFrame(room, MessageType.CLOSE)),
    fc
      .oneof(fc.constantFrom(...tokens), fc.string({ maxLength: 300 }))
      .map((t) => authFrame(room, t)),
    fc
      .tuple(
        fc.oneof(fc.integer({ min: 8, max: 40 }), fc.maxSafeNat()),
        fc.uint8Array({ maxLength: 64 }),
      )
      .map(([type, rest]) => collabFrame(room, type, (e) => encoding.writeUint8Array(e, rest))),
  );
}

// Changes a frame at or after byte `from` (past its room name, or anywhere when 0).
type Mutation = (frame: Uint8Array, from: number) => Uint8Array;

// A position in frame[from..], from a generated natural number.
const pick = (frame: Uint8Array, from: number, n: number) => from + (n % (frame.length - from + 1));

const splice = (frame: Uint8Array, at: number, remove: number, insert: ArrayLike<number>) =>
  Uint8Array.from([
    ...frame.subarray(0, at),
    ...Array.from(insert),
    ...frame.subarray(at + remove),
  ]);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.constant((frame: Uint8Array) => frame) },
  fc
    .tuple(fc.nat(), fc.integer({ min: 0, max: 255 }))
    .map(([n, value]) => (frame: Uint8Array, from: number) => {
      const copy = Uint8Array.from(frame);
      const at = pick(frame, from, n);
      if (at < copy.length) copy[at] = value;
      return copy;
    }),
  fc.nat().map((n) => (frame: Uint8Array, from: number) => frame.subarray(0, pick(frame, from, n))),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 32 })).map(
    ([n, bytes]) =>
      (frame: Uint8Array, from: number) =>
        splice(frame, pick(frame, from, n), 0, bytes),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.constantFrom(...HUGE_VARINTS)).map(
    ([n, remove, varint]) =>
      (frame: Uint8Array, from: number) =>
        splice(frame, pick(frame, from, n), remove, varint),
  ),
);

/**
 * Frames a hostile or broken client might send on a socket signed into `rooms`: random
 * bytes, and every kind of Hocuspocus message (sync steps, updates, awareness, auth with
 * a real token from `tokens` or a made-up one, stateless, close, unknown types) for those rooms,
 * `foreignRooms` or made-up names, then maybe mutated (mostly past the room name): a
 * byte changed, cut short, bytes inserted, or a huge varint spliced in.
 */
export function collabFrameArbitrary(options: {
  rooms: readonly string[];
  foreignRooms: readonly string[];
  tokens: readonly string[];
}): fc.Arbitrary<Uint8Array> {
  const room = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...options.rooms) },
    { weight: 2, arbitrary: fc.constantFrom(...options.foreignRooms) },
    fc.constantFrom(...options.rooms).map((name) => `${name}\0session`),
    fc.string({ maxLength: 80 }),
    fc.constant('x'.repeat(5000)),
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          room.chain((name) => message(name, options.tokens).map((f) => [name, f] as const)),
          mutation,
          fc.nat({ max: 5 }),
        )
        // Mostly past the room name, so the body reaches the decoders; now and then anywhere.
        .map(([[name, frame], mutate, anywhere]) =>
          mutate(frame, anywhere === 0 ? 0 : collabFrame(name, 0).length - 1),
        ),
    },
  );
}
