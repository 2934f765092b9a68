import type { CitationStyle } from '@/lib/sources/citation-styles';
import type { ExportNote } from './load-export';

const COLLATOR = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * Every source cited in the notes, once each (by source id, and the same entry twice
 * counts once), formatted in `style` and sorted alphabetically as a reference list is.
 */
export function bibliographyEntries(notes: readonly ExportNote[], style: CitationStyle): string[] {
  const byId = new Map<string, string>();
  for (const note of notes) {
    for (const source of note.sources) byId.set(source.id, source.citations[style]);
  }
  return [...new Set(byId.values())].sort(COLLATOR.compare);
}
