'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { LiveSessionState } from '@/lib/live-sessions/live-session-state';

/**
 * Refreshes the page when the live reveal its presence room reports differs from the one
 * the page was rendered under (`rendered`: the id of the session revealing hidden notes
 * then, or null), so the reader shows what the server now lets it see. Comparing with
 * the render rather than with the last state seen also catches a session that ended
 * while the page loaded, or while a refresh remounted the reader.
 */
export function useRefreshOnReveal(
  live: LiveSessionState | null,
  connected: boolean,
  rendered: string | null,
) {
  const router = useRouter();
  const asked = useRef<string | null | undefined>(undefined);
  const shown = live?.revealed ? live.id : null;
  useEffect(() => {
    if (!connected || shown === rendered) {
      asked.current = undefined;
      return;
    }
    // Once per state: the refreshed page renders under it, and the two agree again.
    if (asked.current === shown) return;
    asked.current = shown;
    router.refresh();
  }, [connected, shown, rendered, router]);
}
