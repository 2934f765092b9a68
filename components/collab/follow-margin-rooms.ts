import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { NoteJson } from '@/components/margin/note-json';

/** What the margin rooms report: the whole list once synced, then one note at a time. */
export interface MarginFeedHandlers {
  onReset: (notes: NoteJson[]) => void;
  onNote: (id: string, note: NoteJson | null) => void;
}

/**
 * Follows a reader's margin rooms (their audience's first, then their own, which
 * overrides it): once every room has synced it hands over the full list, then each
 * note as it changes, or the changes a reconnect brought. A room the server rebuilt
 * (a build key in `epochs` not seen before, after a restart) is joined afresh, so
 * nothing stale or doubled survives. `join` opens a room with a fresh Y.Doc. Returns a function that stops.
 */
export function followMarginRooms(
  rooms: readonly string[],
  join: (room: string) => HocuspocusProvider,
  handlers: MarginFeedHandlers,
): () => void {
  const parsed = rooms.map(() => new Map<string, { json: string; note: NoteJson }>());
  const providers: HocuspocusProvider[] = [];
  const epochs: (Set<string> | undefined)[] = [];
  const synced = rooms.map(() => false);

  const effective = (id: string) => {
    for (let i = rooms.length - 1; i >= 0; i--) {
      const entry = parsed[i]!.get(id);
      if (entry) return entry.note;
    }
    return null;
  };
  const read = (i: number, keys: Iterable<string>, quiet = false) => {
    const map = providers[i]!.document.getMap<string>('notes');
    const changed: string[] = [];
    for (const id of keys) {
      const json = map.get(id);
      if (parsed[i]!.get(id)?.json === json) continue;
      if (json === undefined) parsed[i]!.delete(id);
      else parsed[i]!.set(id, { json, note: JSON.parse(json) as NoteJson });
      changed.push(id);
    }
    if (quiet || !synced.every(Boolean)) return;
    for (const id of new Set(changed)) handlers.onNote(id, effective(id));
  };
  const open = (i: number) => {
    const provider = join(rooms[i]!);
    providers[i] = provider;
    const notes = provider.document.getMap<string>('notes');
    notes.observe((event) => read(i, event.keysChanged));
    provider.on('synced', () => {
      const builds = [...provider.document.getMap('epochs').keys()];
      if (epochs[i] && builds.some((b) => !epochs[i]!.has(b))) {
        // The server rebuilt this room: start over from its state alone.
        provider.destroy();
        epochs[i] = undefined;
        synced[i] = false;
        parsed[i] = new Map();
        open(i);
        return;
      }
      epochs[i] = new Set(builds);
      const first = !synced[i];
      synced[i] = true;
      read(i, [...notes.keys(), ...parsed[i]!.keys()], first);
      if (first && synced.every(Boolean)) {
        const ids = new Set(parsed.flatMap((m) => [...m.keys()]));
        handlers.onReset([...ids].map((id) => effective(id)!));
      }
    });
  };
  rooms.forEach((_, i) => open(i));
  return () => providers.forEach((p) => p.destroy());
}
