'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { foldCardHeights, NO_HEIGHTS, type CardHeights } from './fold-card-heights';

/**
 * Heights of the margin's cards, reported by one ResizeObserver for the component's
 * life: `observe` is the ref callback for each card's element (with `data-card-id`).
 */
export function useCardHeights() {
  const [heights, setHeights] = useState<CardHeights>(NO_HEIGHTS);
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const observe = useCallback((el: HTMLElement | null) => {
    if (!el) return;
    observer.current ??= new ResizeObserver((entries) =>
      setHeights((old) => foldCardHeights(old, entries)),
    );
    const watcher = observer.current;
    watcher.observe(el);
    return () => watcher.unobserve(el);
  }, []);
  return { heights, observe };
}
