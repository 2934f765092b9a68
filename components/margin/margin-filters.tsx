'use client';

import type { NoteJson } from './note-json';

/** How the margin is narrowed and ordered. */
export interface Filters {
  author: string;
  tag: string;
  color: string;
  visibility: string;
  /** 'claims' shows flagged claims only; 'prompts', reading prompts only. */
  kind: string;
  sort: 'position' | 'time';
}

/** Whether a note passes the filters. */
export function passes(note: NoteJson, f: Filters): boolean {
  return (
    (!f.author || note.author?.id === f.author) &&
    (!f.tag || note.tags.includes(f.tag)) &&
    (!f.color || note.color === f.color) &&
    (!f.visibility || note.visibility === f.visibility) &&
    (f.kind !== 'claims' || note.claim !== null) &&
    (f.kind !== 'prompts' || note.kind === 'prompt')
  );
}

/** Filter and sort controls over the margin, built from the notes present. */
export function MarginFilters({
  notes,
  filters,
  palette,
  onChange,
}: {
  notes: NoteJson[];
  filters: Filters;
  palette: readonly { key: string; label: string }[];
  onChange: (f: Filters) => void;
}) {
  const authors = [
    ...new Map(
      notes.flatMap((n) => (n.author ? [[n.author.id, n.author.name] as const] : [])),
    ).entries(),
  ];
  const tags = [...new Set(notes.flatMap((n) => n.tags))].sort();
  const select = (label: string, key: keyof Filters, options: [string, string][]) => (
    <label className="flex flex-col text-xs font-medium">
      {label}
      <select
        value={filters[key]}
        onChange={(e) => onChange({ ...filters, [key]: e.target.value })}
        className="rounded border border-stone-300 bg-white px-1 py-0.5 text-xs"
      >
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div role="group" aria-label="Filter notes" className="flex flex-wrap gap-2">
      {select('Author', 'author', [['', 'Anyone'], ...authors])}
      {select('Tag', 'tag', [['', 'Any tag'], ...tags.map((t): [string, string] => [t, `#${t}`])])}
      {select('Colour', 'color', [
        ['', 'Any colour'],
        ...palette.map((p): [string, string] => [p.key, p.label]),
      ])}
      {select('Visibility', 'visibility', [
        ['', 'Any'],
        ['private', 'Only me'],
        ['course', 'Course'],
        ['public', 'Public'],
      ])}
      {select('Show', 'kind', [
        ['', 'All notes'],
        ['claims', 'Claims only'],
        ['prompts', 'Prompts only'],
      ])}
      {select('Order', 'sort', [
        ['position', 'By position'],
        ['time', 'Newest first'],
      ])}
    </div>
  );
}
