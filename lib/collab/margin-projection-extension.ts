import type {
  Document,
  Extension,
  Hocuspocus,
  onConfigurePayload,
  onLoadDocumentPayload,
} from '@hocuspocus/server';
import { randomUUID } from 'node:crypto';
import { getDb } from '../db/prisma';
import { AppError } from '../errors/app-error';
import type { ChangeListener } from './change-listener';
import { marginRoomEntries } from './margin-room-entries';
import { SERVER_ORIGIN } from './server-origin';
import { parseRoomName, type MarginAudience } from './room-name';

/** A room's refresh state: whether a read runs, and the notes (or 'all') to read next. */
interface RefreshQueue {
  running: boolean;
  pending: Set<string> | 'all' | null;
}

/** A margin room Hocuspocus is still loading, and the notes changed meanwhile. */
interface LoadingRoom {
  document: Document;
  documentId: string;
  audience: MarginAudience;
  built: boolean;
  missed: Set<string> | 'all' | null;
}

const more = (pending: Set<string> | 'all' | null, ids?: string[]) =>
  !ids || pending === 'all' ? 'all' : new Set([...(pending ?? []), ...ids]);

/**
 * Builds each margin room from the rows its audience may see (a Y.Map `notes` of id →
 * the note's JSON) and keeps it current: on every committed change it re-reads the
 * notes concerned and sets or deletes whole entries, skipping any that did not change,
 * so a change applied twice (or by two instances) does no harm. Each build adds a key to
 * `epochs`, so a client that reconnects to a rebuilt room sees a key it did not know
 * and starts afresh (a single value would not do: Yjs may keep the old one on merge).
 * Hocuspocus lists a room only once all its load hooks are done, so changes that arrive
 * while a room is built are kept and read again once it is (see `loading`).
 */
export class MarginProjectionExtension implements Extension {
  extensionName = 'margin-projection';
  private instance: Hocuspocus | null = null;
  private queues = new Map<string, RefreshQueue>();
  private loading = new Map<string, LoadingRoom>();

  constructor(listener: ChangeListener) {
    listener.on((change) => {
      if (change.type === 'note') {
        this.missWhileLoading((room) => room === change.documentId, [change.noteId]);
        void this.refreshNote(change.documentId, change.noteId);
      }
      if (change.type === 'document') {
        this.missWhileLoading((room) => room === change.documentId);
        this.refreshRooms((room) => room === change.documentId);
      }
      if (change.type === 'resync') {
        this.missWhileLoading(() => true);
        this.refreshRooms(() => true);
      }
    });
  }

  async onConfigure({ instance }: onConfigurePayload) {
    this.instance = instance;
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload) {
    const room = parseRoomName(documentName);
    if (room?.kind !== 'margin') return;
    const { documentId, audience } = room;
    const loading: LoadingRoom = { document, documentId, audience, built: false, missed: null };
    this.loading.set(documentName, loading);
    try {
      const entries = await marginRoomEntries(documentId, audience);
      document.transact(() => {
        document.getMap('epochs').set(randomUUID(), Date.now());
        const notes = document.getMap<string>('notes');
        for (const [id, json] of entries) notes.set(id, json);
      }, SERVER_ORIGIN);
    } catch (error) {
      this.loading.delete(documentName);
      throw error;
    }
    // From here changes reach the room like a listed one's; those missed are read again.
    loading.built = true;
    const { missed } = loading;
    if (missed)
      this.enqueue(document, documentId, audience, missed === 'all' ? undefined : [...missed]);
  }

  private missWhileLoading(documentFilter: (documentId: string) => boolean, ids?: string[]) {
    for (const room of this.loading.values())
      if (!room.built && documentFilter(room.documentId)) room.missed = more(room.missed, ids);
  }

  private marginRooms(documentFilter: (documentId: string) => boolean) {
    const rooms: { document: Document; audience: MarginAudience; documentId: string }[] = [];
    for (const [name, document] of this.instance?.documents ?? []) {
      const room = parseRoomName(name);
      if (room?.kind === 'margin' && documentFilter(room.documentId))
        rooms.push({ document, audience: room.audience, documentId: room.documentId });
    }
    for (const [name, room] of this.loading) {
      // Listed now (counted above), or its load failed in another hook: no longer loading.
      const listed = this.instance?.documents.get(name) === room.document;
      if (listed || !this.instance?.loadingDocuments.has(name)) this.loading.delete(name);
      else if (room.built && documentFilter(room.documentId)) rooms.push(room);
    }
    return rooms;
  }

  private async refreshNote(documentId: string, noteId: string) {
    const rooms = this.marginRooms((id) => id === documentId);
    if (!rooms.length) return;
    // A private room can only hold a note its user wrote or replied to, or a prompt
    // (which a student kept from classmates' notes still reads there).
    const note = rooms.some((r) => r.audience.kind === 'private')
      ? await getDb().annotation.findUnique({
          where: { id: noteId },
          select: { kind: true, authorId: true, replies: { select: { authorId: true } } },
        })
      : null;
    const people = new Set([note?.authorId, ...(note?.replies.map((r) => r.authorId) ?? [])]);
    for (const { document, audience, documentId: doc } of rooms) {
      const concerned =
        audience.kind !== 'private' ||
        note?.kind === 'PROMPT' ||
        people.has(audience.userId) ||
        document.getMap('notes').has(noteId);
      if (concerned) this.enqueue(document, doc, audience, [noteId]);
    }
  }

  private refreshRooms(documentFilter: (documentId: string) => boolean) {
    for (const { document, audience, documentId } of this.marginRooms(documentFilter))
      this.enqueue(document, documentId, audience);
  }

  private enqueue(
    document: Document,
    documentId: string,
    audience: MarginAudience,
    ids?: string[],
  ) {
    const queue = this.queues.get(document.name) ?? { running: false, pending: null };
    this.queues.set(document.name, queue);
    queue.pending = more(queue.pending, ids);
    if (!queue.running) void this.drain(document, documentId, audience, queue);
  }

  // One read at a time per room, so an older read never lands after a newer one; what
  // piles up meanwhile is read together in the next.
  private async drain(
    document: Document,
    documentId: string,
    audience: MarginAudience,
    queue: RefreshQueue,
  ) {
    queue.running = true;
    while (queue.pending) {
      const take = queue.pending;
      queue.pending = null;
      await this.refresh(
        document,
        documentId,
        audience,
        take === 'all' ? undefined : [...take],
      ).catch((error: unknown) => {
        // A room whose audience lost the document is emptied; access checks close its sockets.
        if (error instanceof AppError) this.write(document, new Map(), undefined);
        else console.error(`collab: could not refresh ${document.name}`, error);
      });
    }
    queue.running = false;
    this.queues.delete(document.name);
  }

  private async refresh(
    document: Document,
    documentId: string,
    audience: MarginAudience,
    ids?: string[],
  ) {
    this.write(document, await marginRoomEntries(documentId, audience, ids), ids);
  }

  // Sets each entry that changed, and deletes those gone: among `ids`, or anywhere.
  private write(document: Document, entries: Map<string, string>, ids: string[] | undefined) {
    const notes = document.getMap<string>('notes');
    document.transact(() => {
      for (const id of ids ?? [...notes.keys()]) if (!entries.has(id)) notes.delete(id);
      for (const [id, json] of entries) if (notes.get(id) !== json) notes.set(id, json);
    }, SERVER_ORIGIN);
  }
}
