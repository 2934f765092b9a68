'use client';

import { useState } from 'react';
import { useScrollFrame } from '@/components/ui/use-scroll-frame';

/** A thin bar at the top of the window showing how far through the page the reader is. */
export function ReadingProgress() {
  const [progress, setProgress] = useState(0);
  useScrollFrame(() => {
    const max = document.documentElement.scrollHeight - window.innerHeight;
    setProgress(max > 0 ? Math.min(1, window.scrollY / max) : 1);
  });
  const percent = Math.round(progress * 100);
  return (
    <div
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="fixed inset-x-0 top-0 z-50 h-1 bg-transparent"
    >
      <div className="h-full origin-left bg-accent" style={{ transform: `scaleX(${progress})` }} />
    </div>
  );
}
