'use client';

import {
  memo,
  startTransition,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { cardsInWindow } from './cards-in-window';
import { layoutMargin, type MarginItem } from './layout-margin';
import type { NoteJson } from './note-json';
import { heightOf } from './fold-card-heights';
import { useCardHeights } from './use-card-heights';
import { useScrollFrame } from '@/components/ui/use-scroll-frame';

/** How far beyond the viewport cards stay mounted, in pixels. */
const WINDOW_MARGIN = 2500;
/** The window moves only after a scroll this far: each move mounts a batch of cards. */
const WINDOW_STEP = WINDOW_MARGIN / 3;
const GAP = 8;

// Below the text on narrow screens, cards simply follow each other in order.
function stacked(items: MarginItem[]): Map<string, number> {
  const tops = new Map<string, number>();
  let y = 0;
  for (const item of items) {
    tops.set(item.id, y);
    y += item.height + GAP;
  }
  return tops;
}

function useWide(): boolean {
  const [wide, setWide] = useState(true);
  useEffect(() => {
    const query = window.matchMedia('(min-width: 1024px)');
    const update = () => setWide(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
}

/**
 * The margin's cards, beside their highlights without overlap when `aligned` (on wide
 * screens), otherwise one after another. Only cards near the viewport are mounted, so
 * thousands of notes cost a scroll frame no more than a few dozen; each mounted card
 * reports its real height, which the layout then uses.
 */
export const MarginCards = memo(function MarginCards(props: {
  notes: NoteJson[];
  anchorTops: Record<string, number>;
  aligned: boolean;
  focusedId: string | null;
  renderCard: (note: NoteJson) => ReactNode;
}) {
  const { notes, anchorTops, focusedId } = props;
  const wide = useWide();
  const aligned = props.aligned && wide;
  const { heights, observe } = useCardHeights();
  const list = useRef<HTMLOListElement>(null);

  // Layout order depends only on the highlights; heights then only shift cards along it.
  const sorted = useMemo(() => {
    const items = notes.map((n) => ({
      id: n.id,
      anchorTop: aligned ? (anchorTops[n.id] ?? 0) : 0,
    }));
    // The same order layoutMargin uses (ties by id), so the placed cards come out sorted
    // by top, as cardsInWindow's bisection needs.
    return aligned
      ? items.sort((a, b) => a.anchorTop - b.anchorTop || a.id.localeCompare(b.id))
      : items;
  }, [notes, anchorTops, aligned]);
  const placed = useMemo(() => {
    const items = sorted.map((i) => ({ ...i, height: heightOf(heights, i.id) }));
    const tops = aligned ? layoutMargin(items, GAP, focusedId ?? undefined) : stacked(items);
    return items.map((i) => {
      const top = tops.get(i.id) ?? 0;
      return { id: i.id, top, bottom: top + i.height };
    });
  }, [sorted, heights, focusedId, aligned]);
  const byId = useMemo(() => new Map(notes.map((n) => [n.id, n])), [notes]);

  // Where the list starts on the page, read when the notes or the layout mode change (a
  // layout is due then anyway) and on resize, never per scroll frame or per window move,
  // so that scrolling never forces a layout of its own.
  const listTop = useRef(0);
  const measureListTop = () => {
    listTop.current = (list.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
  };
  useLayoutEffect(measureListTop, [notes, aligned]);
  const [viewport, setViewport] = useState({ top: 0, bottom: WINDOW_MARGIN });
  const last = useRef(-Infinity);
  useScrollFrame((resized) => {
    if (resized) {
      measureListTop();
      last.current = -Infinity;
    }
    const top = window.scrollY - listTop.current;
    if (Math.abs(top - last.current) < WINDOW_STEP) return;
    last.current = top;
    // A transition: React mounts the cards coming into the window in slices between
    // frames, so a fast scroll is never held up by a batch of them.
    startTransition(() =>
      setViewport({ top: top - WINDOW_MARGIN, bottom: top + window.innerHeight + WINDOW_MARGIN }),
    );
  });

  const shown = cardsInWindow(placed, viewport.top, viewport.bottom);
  const height = placed.reduce((max, c) => Math.max(max, c.bottom), 0);
  return (
    <ol ref={list} aria-label="Notes in the margin" className="relative" style={{ height }}>
      {shown.map((c) => (
        <li
          key={c.id}
          ref={observe}
          data-card-id={c.id}
          className="absolute inset-x-0"
          style={{ top: c.top }}
        >
          {props.renderCard(byId.get(c.id)!)}
        </li>
      ))}
    </ol>
  );
});
