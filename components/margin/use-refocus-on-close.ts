'use client';

import { useEffect, useRef, type RefObject } from 'react';

/**
 * Gives focus to `target` when `open` turns false and focus fell to the page's body with
 * the closed part (a composer removed while typing in it), so the keyboard stays put.
 */
export function useRefocusOnClose(open: boolean, target: RefObject<HTMLElement | null>) {
  const wasOpen = useRef(open);
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (wasOpen.current && !open && lost) target.current?.focus({ preventScroll: true });
    wasOpen.current = open;
  }, [open, target]);
}
