import type { ReactNode } from 'react';
import type { NoteJson } from './note-json';

/** The notes whose passage was not found after an edit, each with its quote, to re-attach. */
export function OrphanedNotes({
  orphans,
  renderCard,
}: {
  orphans: NoteJson[];
  renderCard: (note: NoteJson) => ReactNode;
}) {
  if (orphans.length === 0) return null;
  return (
    <section
      aria-label="Orphaned notes"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-2"
    >
      <h2 className="text-sm font-semibold">Orphaned notes ({orphans.length})</h2>
      <p className="text-xs">
        Their text changed in an edit. Select the passage they belong to, then choose Re-attach.
      </p>
      <div className="grid gap-2 sm:grid-cols-2">
        {orphans.map((n) => (
          <div key={n.id}>{renderCard(n)}</div>
        ))}
      </div>
    </section>
  );
}
