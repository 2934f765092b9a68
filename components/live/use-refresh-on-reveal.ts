'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { LiveSessionState } from '@/lib/live-sessions/live-session-state';

/**
 * Refreshes the page when a live session reveals hidden notes, or ends (a reveal for the
 * session then ends with it), so the reader shows what the server now lets it see.
 */
export function useRefreshOnReveal(live: LiveSessionState | null, connected: boolean) {
  const router = useRouter();
  const last = useRef<string | null>(null);
  const state = connected ? `${live?.id ?? ''}:${live?.revealed ?? ''}` : null;
  useEffect(() => {
    if (state === null) return;
    if (last.current !== null && last.current !== state && !state.endsWith(':false'))
      router.refresh();
    last.current = state;
  }, [state, router]);
}
