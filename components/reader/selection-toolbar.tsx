'use client';

import type { PaletteColor } from '@/lib/annotations/default-palette';

/**
 * The toolbar shown for a text selection: highlight in a palette colour, comment, tag,
 * and for the teaching staff, pose a reading prompt.
 * It follows the editor in the tab order, so a keyboard user selects with Shift and the
 * arrow keys and then presses Tab to reach it.
 */
export function SelectionToolbar({
  top,
  palette,
  busy,
  onHighlight,
  onComment,
  onTag,
  onFlag,
  onPrompt,
  onSource,
  onReattach,
}: {
  top: number;
  palette: readonly PaletteColor[];
  busy: boolean;
  onHighlight: (color: string) => void;
  onComment: () => void;
  onTag: () => void;
  /** Flag the passage as a claim needing support; absent outside a course. */
  onFlag?: () => void;
  /** Pose a reading prompt on the passage; absent for those the policy does not allow. */
  onPrompt?: () => void;
  onSource: () => void;
  onReattach?: () => void;
}) {
  return (
    <div
      role="toolbar"
      aria-label="Selected text"
      style={{ top }}
      className="absolute left-0 z-30 flex flex-wrap items-center gap-1 rounded-md border border-stone-300 bg-white p-1 text-xs shadow-lg"
    >
      {palette.map((p) => (
        <button
          key={p.key}
          type="button"
          disabled={busy}
          onClick={() => onHighlight(p.key)}
          className="flex items-center gap-1 rounded px-1.5 py-1 hover:bg-stone-100"
          aria-label={`Highlight as ${p.label}`}
        >
          <span
            aria-hidden="true"
            className="inline-block h-3 w-3 rounded-full border border-stone-400"
            style={{ background: p.color }}
          />
          {p.label}
        </button>
      ))}
      <button
        type="button"
        disabled={busy}
        onClick={onComment}
        className="rounded px-1.5 py-1 font-medium hover:bg-stone-100"
      >
        Comment
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={onTag}
        className="rounded px-1.5 py-1 hover:bg-stone-100"
      >
        Tag
      </button>
      <button
        type="button"
        disabled={busy}
        onClick={onSource}
        className="rounded px-1.5 py-1 hover:bg-stone-100"
      >
        Attach source
      </button>
      {onFlag && (
        <button
          type="button"
          disabled={busy}
          onClick={onFlag}
          className="rounded px-1.5 py-1 hover:bg-stone-100"
        >
          Flag claim
        </button>
      )}
      {onPrompt && (
        <button
          type="button"
          disabled={busy}
          onClick={onPrompt}
          aria-label="Add reading prompt"
          className="rounded px-1.5 py-1 hover:bg-stone-100"
        >
          Prompt
        </button>
      )}
      {onReattach && (
        <button
          type="button"
          disabled={busy}
          onClick={onReattach}
          className="rounded px-1.5 py-1 hover:bg-stone-100"
        >
          Re-attach orphan here
        </button>
      )}
    </div>
  );
}
