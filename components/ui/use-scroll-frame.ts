'use client';

import { useEffect, useRef } from 'react';

/**
 * Calls `onFrame` at most once per animation frame after the window scrolls or resizes,
 * and once on mount; `resized` says whether a resize (or the mount) came since the last call.
 */
export function useScrollFrame(onFrame: (resized: boolean) => void): void {
  const latest = useRef(onFrame);
  useEffect(() => {
    latest.current = onFrame;
  });
  useEffect(() => {
    let frame = 0;
    let resized = true;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const was = resized;
        resized = false;
        latest.current(was);
      });
    };
    const onResize = () => {
      resized = true;
      schedule();
    };
    schedule();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', onResize);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', onResize);
    };
  }, []);
}
