import { MarginFilters, type Filters } from './margin-filters';
import type { NoteJson } from './note-json';

/** Above the reader: loading state, how many notes are shown of how many, and the filters. */
export function NotesSummary({
  notes,
  shown,
  filters,
  palette,
  onChange,
}: {
  notes: NoteJson[] | null;
  shown: number;
  filters: Filters;
  palette: readonly { key: string; label: string }[];
  onChange: (f: Filters) => void;
}) {
  if (notes === null)
    return (
      <p role="status" className="text-sm text-stone-600">
        Loading notes…
      </p>
    );
  return (
    <div className="flex flex-wrap items-end gap-4">
      <p className="text-sm text-stone-600">
        {notes.length === 0
          ? 'No notes yet. Select a passage to add the first.'
          : `${shown} of ${notes.length} notes shown`}
      </p>
      {notes.length > 0 && (
        <MarginFilters notes={notes} filters={filters} palette={palette} onChange={onChange} />
      )}
    </div>
  );
}
