'use client';
import type { CSSProperties } from 'react';

import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { AnnotationCard } from '@/components/margin/annotation-card';
import { layoutMargin } from '@/components/margin/layout-margin';
import { MarginFilters, passes, type Filters } from '@/components/margin/margin-filters';
import type { Member } from '@/components/margin/mention-suggestion';
import { NewNoteForm, type NewNote } from '@/components/margin/new-note-form';
import type { NoteJson } from '@/components/margin/note-json';
import { useAnnotations } from '@/components/margin/use-annotations';
import type { PaletteColor } from '@/lib/annotations/default-palette';
import { canonicalText } from '@/lib/documents/canonical-text';
import type { DocNode } from '@/lib/documents/doc-node';
import { CanonicalPositions } from '@/lib/documents/editor/canonical-positions';
import { documentExtensions } from '@/lib/documents/editor/document-extensions';
import { highlightTops } from './highlight-tops';
import { Highlights } from './highlights-extension';
import { ReadOnlyGuard } from './read-only-guard';
import { SelectionToolbar } from './selection-toolbar';

interface Selected {
  start: number;
  end: number;
  top: number;
}

/** How far beyond the viewport margin cards are still rendered, in pixels. */
const WINDOW_MARGIN = 2500;

const NO_FILTERS: Filters = { author: '', tag: '', color: '', visibility: '', sort: 'position' };

function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * The reader with its margin: highlights painted as decorations, a toolbar for the
 * selection, notes beside their passages without overlap, orphans listed apart,
 * filters, and `]` / `[` to move between notes.
 */
export function AnnotatedReader(props: {
  documentId: string;
  content: DocNode;
  userId: string;
  members: Member[];
  palette: readonly PaletteColor[];
  defaultVisibility: string;
  isModerator: boolean;
}) {
  const { notes, error, busy, create, update, remove, reply, clearError } = useAnnotations(
    props.documentId,
  );
  const text = useMemo(() => canonicalText(props.content), [props.content]);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [composing, setComposing] = useState<(Selected & { tags: boolean }) | null>(null);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [announcement, setAnnouncement] = useState('');
  const [heights, setHeights] = useState<Record<string, number>>({});
  const [anchorTops, setAnchorTops] = useState<Record<string, number>>({});
  const stage = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const positions = useRef<CanonicalPositions | null>(null);
  const moveFocus = useRef<(step: number) => void>(() => {});

  const editor = useEditor({
    extensions: [
      ...documentExtensions(),
      ReadOnlyGuard,
      Highlights.configure({ onActivate: (id) => setFocusedId(id) }),
    ],
    content: props.content,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: 'document-prose',
        role: 'article',
        'aria-label': 'Document text',
        'aria-readonly': 'true',
        'aria-describedby': 'reader-help',
        inputmode: 'none',
        spellcheck: 'false',
      },
      handleKeyDown: (_view, event) => {
        if (
          (event.key === ']' || event.key === '[') &&
          !event.ctrlKey &&
          !event.metaKey &&
          !event.altKey
        ) {
          moveFocus.current(event.key === ']' ? 1 : -1);
          return true;
        }
        return false;
      },
    },
    onCreate: ({ editor: e }) => {
      positions.current = new CanonicalPositions(e.state.doc);
    },
    onSelectionUpdate: ({ editor: e }) => {
      const { from, to } = e.state.selection;
      const map = positions.current;
      if (!map || from === to || !stage.current) return setSelected(null);
      const [start, end] = trimRange(text, map.fromPos(from), map.fromPos(to - 1) + 1);
      if (end <= start) return setSelected(null);
      const top = e.view.coordsAtPos(to).bottom - stage.current.getBoundingClientRect().top + 6;
      setSelected({ start, end, top });
    },
  });

  const visible = useMemo(() => (notes ?? []).filter((n) => passes(n, filters)), [notes, filters]);
  const anchored = visible.filter((n) => n.anchor.status !== 'orphan' && n.anchor.start !== null);
  const orphans = visible.filter((n) => n.anchor.status === 'orphan');
  const colorOf = useCallback(
    (key: string | null) => props.palette.find((p) => p.key === key) ?? null,
    [props.palette],
  );

  // Paint highlights whenever the notes, filters or focus change; measure where they start.
  useEffect(() => {
    const map = positions.current;
    if (!editor || !map || !stage.current) return;
    const specs = anchored.map((n) => {
      const { from, to } = map.toRange(n.anchor.start!, n.anchor.end!);
      const color = colorOf(n.color);
      const replies = n.replies.length
        ? `, ${n.replies.length} ${n.replies.length === 1 ? 'reply' : 'replies'}`
        : '';
      return {
        id: n.id,
        from,
        to,
        color: color?.color ?? '#fef08a',
        label: `${color?.label ?? 'Note'} by ${n.author?.name ?? 'deleted author'}${replies}`,
        focused: n.id === focusedId,
      };
    });
    editor.commands.setHighlights(specs);
    // Cards are placed inside the list, so measure highlight tops from the list's top.
    const base = (list.current ?? stage.current).getBoundingClientRect().top;
    setAnchorTops(highlightTops(editor.view, specs, base));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- anchored derives from visible
  }, [editor, visible, focusedId, colorOf]);

  const order = useMemo(
    () =>
      filters.sort === 'time'
        ? [...anchored].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        : [...anchored].sort((a, b) => a.anchor.start! - b.anchor.start!),
    [anchored, filters.sort],
  );

  const step = useCallback(
    (by: number) => {
      if (!order.length) return setAnnouncement('There are no notes on this document.');
      const at = order.findIndex((n) => n.id === focusedId);
      const next = order[(at + by + order.length) % order.length]!;
      setFocusedId(next.id);
      document
        .querySelector(`[data-annotation-id="${next.id}"]`)
        ?.scrollIntoView({ block: 'center' });
      const quote = text.slice(next.anchor.start!, next.anchor.end!).slice(0, 80);
      setAnnouncement(
        `Note ${order.indexOf(next) + 1} of ${order.length}, by ${next.author?.name ?? 'a deleted author'}, on “${quote}”: ${next.bodyText || 'highlight only'}`,
      );
    },
    [order, focusedId, text],
  );
  useEffect(() => {
    moveFocus.current = step;
  }, [step]);

  const tops = useMemo(
    () =>
      layoutMargin(
        order.map((n) => ({
          id: n.id,
          anchorTop: anchorTops[n.id] ?? 0,
          height: heights[n.id] ?? 120,
        })),
        8,
        focusedId ?? undefined,
      ),
    [order, anchorTops, heights, focusedId],
  );

  const positioned = filters.sort === 'position';

  // Only cards near the viewport are rendered: thousands of positioned cards would make
  // every scroll frame re-lay them all out.
  const [viewport, setViewport] = useState({ top: -Infinity, bottom: Infinity });
  useEffect(() => {
    let frame = 0;
    let lastTop = Infinity;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const top = list.current?.getBoundingClientRect().top ?? 0;
        // Re-render only after a real move: the window reaches far past the screen.
        if (Math.abs(top - lastTop) < WINDOW_MARGIN / 6) return;
        lastTop = top;
        setViewport({
          top: -top - WINDOW_MARGIN,
          bottom: -top + window.innerHeight + WINDOW_MARGIN,
        });
      });
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);
  const rendered = positioned
    ? order.filter((n) => {
        const top = tops.get(n.id) ?? 0;
        return top + (heights[n.id] ?? 120) >= viewport.top && top <= viewport.bottom;
      })
    : order;
  const renderedIds = rendered.map((n) => n.id).join(' ');
  const listHeight = Math.max(
    0,
    ...order.map((n) => (tops.get(n.id) ?? 0) + (heights[n.id] ?? 120)),
  );

  // Cards report their real heights, so the layout never guesses for long.
  useEffect(() => {
    const cards = list.current?.querySelectorAll<HTMLElement>('[data-card-id]') ?? [];
    const observer = new ResizeObserver((entries) =>
      setHeights((old) => {
        // A card just removed from the page reports 0; keep its last real height.
        const changed = entries
          .map((e) => e.target as HTMLElement)
          .filter(
            (el) =>
              el.isConnected && el.offsetHeight > 0 && old[el.dataset.cardId!] !== el.offsetHeight,
          );
        if (!changed.length) return old;
        const next = { ...old };
        for (const el of changed) next[el.dataset.cardId!] = el.offsetHeight;
        return next;
      }),
    );
    cards.forEach((c) => observer.observe(c));
    return () => observer.disconnect();
  }, [renderedIds]);

  async function createNote(selection: Selected, note: Partial<NewNote>) {
    const exact = text.slice(selection.start, selection.end);
    const ok = await create({
      target: {
        selector: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start: selection.start, end: selection.end },
        ],
      },
      body: note.body ?? undefined,
      color: note.color,
      tags: note.tags ?? [],
      visibility: note.visibility ?? props.defaultVisibility,
    });
    if (ok) {
      setComposing(null);
      setSelected(null);
      // Collapse the selection onto the new highlight's end; the toolbar goes with it.
      editor?.commands.setTextSelection(positions.current?.toPos(selection.end) ?? 0);
      setAnnouncement(`Saved a note on “${exact.slice(0, 60)}”.`);
    }
  }

  async function reattach(id: string) {
    if (!selected) return setAnnouncement('Select the passage to attach the note to first.');
    const exact = text.slice(selected.start, selected.end);
    await update(id, {
      target: {
        selector: [
          { type: 'TextQuoteSelector', exact },
          { type: 'TextPositionSelector', start: selected.start, end: selected.end },
        ],
      },
    });
  }

  const cardActions = { update, remove, reply };
  const card = (n: NoteJson) => (
    <AnnotationCard
      note={n}
      userId={props.userId}
      members={props.members}
      focused={n.id === focusedId}
      busy={busy}
      colorLabel={colorOf(n.color)?.label ?? null}
      actions={cardActions}
      onFocus={() => {
        setFocusedId(n.id);
        document
          .querySelector(`mark[data-annotation-id="${n.id}"]`)
          ?.scrollIntoView({ block: 'nearest' });
      }}
      onReattach={
        n.anchor.status === 'orphan' &&
        (n.author?.id === props.userId || props.isModerator) &&
        selected
          ? () => void reattach(n.id)
          : undefined
      }
    />
  );

  return (
    <div>
      <section aria-label="Notes on this document" className="mb-6 flex flex-col gap-2">
        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>
        {error && (
          <div onClick={clearError}>
            <Alert>{error}</Alert>
          </div>
        )}
        {notes === null ? (
          <p role="status" className="text-sm text-stone-600">
            Loading notes…
          </p>
        ) : (
          <div className="flex flex-wrap items-end gap-4">
            <p className="text-sm text-stone-600">
              {notes.length === 0
                ? 'No notes yet. Select a passage to add the first.'
                : `${visible.length} of ${notes.length} notes shown`}
            </p>
            {notes.length > 0 && (
              <MarginFilters
                notes={notes}
                filters={filters}
                palette={props.palette}
                onChange={setFilters}
              />
            )}
          </div>
        )}
        {orphans.length > 0 && (
          <section
            aria-label="Orphaned notes"
            className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-2"
          >
            <h2 className="text-sm font-semibold">Orphaned notes ({orphans.length})</h2>
            <p className="text-xs">
              Their text changed in an edit. Select the passage they belong to, then choose
              Re-attach.
            </p>
            <div className="grid gap-2 sm:grid-cols-2">
              {orphans.map((n) => (
                <div key={n.id}>{card(n)}</div>
              ))}
            </div>
          </section>
        )}
      </section>
      <div ref={stage} className="relative lg:grid lg:grid-cols-[minmax(0,68ch)_20rem] lg:gap-8">
        <div className="relative min-w-0">
          <p id="reader-help" className="sr-only">
            Select text with the mouse or with Shift and the arrow keys, then press Tab for the note
            toolbar. Press ] and [ to move between notes.
          </p>
          {editor ? <EditorContent editor={editor} /> : <p role="status">Opening the document…</p>}
          {selected && !composing && (
            <SelectionToolbar
              top={selected.top}
              palette={props.palette}
              busy={busy}
              onHighlight={(color) => void createNote(selected, { color })}
              onComment={() => setComposing({ ...selected, tags: false })}
              onTag={() => setComposing({ ...selected, tags: true })}
            />
          )}
        </div>
        <aside aria-label="Notes" className="relative mt-8 lg:mt-0">
          {composing && (
            <div
              className="z-40 mb-3 lg:absolute lg:inset-x-0"
              style={{ top: Math.max(0, composing.top - 40) }}
            >
              <NewNoteForm
                quote={text.slice(composing.start, composing.end)}
                palette={props.palette}
                members={props.members}
                defaultVisibility={props.defaultVisibility}
                focusTags={composing.tags}
                busy={busy}
                onCancel={() => setComposing(null)}
                onSubmit={(note) => void createNote(composing, note)}
              />
            </div>
          )}
          <ol
            ref={list}
            aria-label="Notes in the margin"
            className="relative"
            style={
              positioned ? ({ '--margin-height': `${listHeight}px` } as CSSProperties) : undefined
            }
          >
            {rendered.map((n) => (
              <li
                key={n.id}
                data-card-id={n.id}
                className={positioned ? 'mb-2 lg:absolute lg:inset-x-0 lg:mb-0' : 'mb-2'}
                style={positioned ? { top: tops.get(n.id) ?? 0 } : undefined}
              >
                {card(n)}
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </div>
  );
}
