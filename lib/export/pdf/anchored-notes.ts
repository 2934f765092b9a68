import type { ExportData, ExportNote } from '../load-export';

/** A note whose passage is in the current text: its number and its offsets there. */
export interface AnchoredNote {
  note: ExportNote;
  label: string;
  start: number;
  end: number;
}

/** The notes with a passage, in text order, numbered from 1 (the orphans are left out). */
export function anchoredNotes(data: ExportData): AnchoredNote[] {
  const length = data.document.text.length;
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  return data.notes
    .flatMap((note) =>
      note.anchor.status !== 'orphan' && note.anchor.start !== null && note.anchor.end !== null
        ? [{ note, start: clamp(note.anchor.start), end: clamp(note.anchor.end) }]
        : [],
    )
    .sort(
      (a, b) =>
        a.start - b.start || a.end - b.end || a.note.createdAt.localeCompare(b.note.createdAt),
    )
    .map((a, i) => ({ ...a, label: String(i + 1) }));
}
