import type { NoteJson } from './note-json';

/** `notes` with one note replaced, added (when new) or, when `note` is null, removed. */
export function mergeNote(
  notes: readonly NoteJson[],
  id: string,
  note: NoteJson | null,
): NoteJson[] {
  const at = notes.findIndex((n) => n.id === id);
  if (!note) return at < 0 ? [...notes] : notes.filter((n) => n.id !== id);
  if (at < 0) return [...notes, note];
  const next = [...notes];
  next[at] = note;
  return next;
}
