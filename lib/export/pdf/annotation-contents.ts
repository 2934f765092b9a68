import type { PaletteColor } from '@/lib/annotations/default-palette';
import type { ExportNote } from '../load-export';
import { condenseText } from './condense-text';
import { noteBadge } from './note-badge';

/**
 * The text of a note as a PDF viewer lists it: the comment (or, for a bare highlight, its
 * kind), the latest claim verdict, then one "Name: text" line per reply.
 */
export function annotationContents(note: ExportNote, palette: readonly PaletteColor[]): string {
  const verdict = note.claim?.history.findLast((h) => h.note.trim());
  return [
    note.bodyText.trim() || noteBadge(note, palette),
    ...(verdict ? [`Verdict (${verdict.by.name}): ${condenseText(verdict.note)}`] : []),
    ...note.replies.map((r) => `${r.author.name}: ${condenseText(r.bodyText)}`),
  ].join('\n');
}
