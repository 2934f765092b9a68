'use client';

import { useState } from 'react';
import type { PaletteColor } from '@/lib/annotations/default-palette';
import type { DocNode } from '@/lib/documents/doc-node';
import { CommentComposer } from './comment-composer';
import type { Member } from './mention-suggestion';

/** What a new note carries besides its target. */
export interface NewNote {
  body: DocNode | null;
  color?: string;
  tags: string[];
  visibility: string;
}

/** The form for a new note on the selected passage: comment, colour, tags, visibility. */
export function NewNoteForm({
  quote,
  palette,
  members,
  defaultVisibility,
  focusTags,
  busy,
  initial,
  onSubmit,
  onCancel,
}: {
  /** What the reader had written, when the server refused it and the form comes back. */
  initial?: NewNote;
  quote: string;
  palette: readonly PaletteColor[];
  members: Member[];
  defaultVisibility: string;
  focusTags: boolean;
  busy: boolean;
  onSubmit: (note: NewNote) => void;
  onCancel: () => void;
}) {
  const [color, setColor] = useState(initial?.color ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [visibility, setVisibility] = useState(initial?.visibility ?? defaultVisibility);
  const field = 'rounded-md border border-stone-300 bg-white px-2 py-1 text-sm';
  return (
    <section
      aria-label="New note"
      className="flex flex-col gap-2 rounded-md border border-accent bg-white p-2.5 shadow"
    >
      <blockquote className="border-l-2 border-stone-300 pl-2 text-xs italic text-stone-700">
        “{quote.slice(0, 200)}”
      </blockquote>
      <label className="flex flex-col gap-0.5 text-xs font-medium">
        Tags (comma-separated)
        <input
          autoFocus={focusTags}
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          className={field}
        />
      </label>
      <div className="flex gap-2">
        <label className="flex flex-1 flex-col gap-0.5 text-xs font-medium">
          Colour
          <select value={color} onChange={(e) => setColor(e.target.value)} className={field}>
            <option value="">None</option>
            {palette.map((p) => (
              <option key={p.key} value={p.key}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-1 flex-col gap-0.5 text-xs font-medium">
          Who can see it
          <select
            value={visibility}
            onChange={(e) => setVisibility(e.target.value)}
            className={field}
          >
            <option value="private">Only me</option>
            <option value="course">My course</option>
            <option value="public">Anyone who can read this</option>
          </select>
        </label>
      </div>
      <CommentComposer
        label="Comment"
        members={members}
        initial={initial?.body ?? undefined}
        submitLabel="Save note"
        busy={busy}
        onCancel={onCancel}
        onSubmit={(body) =>
          onSubmit({
            body,
            color: color || undefined,
            tags: tags
              .split(',')
              .map((t) => t.trim())
              .filter(Boolean),
            visibility,
          })
        }
      />
    </section>
  );
}
