'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { Peer } from '@/components/collab/use-presence';
import { freshCommands } from '@/components/reader/fresh-commands';
import { CanonicalPositions } from '@/lib/documents/editor/canonical-positions';
import type { LiveSessionState } from '@/lib/live-sessions/live-session-state';

/**
 * Follows the live session's spotlight: each new one the leader sets is marked in the
 * text and, while `follow` is on, scrolled to smoothly (instantly under reduced motion).
 * The leader's own spotlight is marked too, without scrolling.
 */
export function useFollowSpotlight(
  editor: Editor | null,
  live: LiveSessionState | null,
  peers: readonly Peer[],
  own: { start: number; end: number; at: number } | null,
  follow: boolean,
) {
  const shown = useRef(0);
  const leader = peers.find((p) => p.user.id === live?.leader.id && p.spotlight)?.spotlight;
  // The leader's own spotlight counts only within the session it was set in.
  const mine = own && live && own.at >= Date.parse(live.startedAt) ? own : null;
  const spotlight = live ? (mine ?? leader ?? null) : null;

  useEffect(() => {
    if (!editor) return;
    if (!spotlight) {
      if (shown.current) freshCommands(editor).setSpotlight(null);
      shown.current = 0;
      return;
    }
    if (spotlight.at === shown.current) return;
    shown.current = spotlight.at;
    const range = CanonicalPositions.of(editor.state.doc).toRange(spotlight.start, spotlight.end);
    freshCommands(editor).setSpotlight({ ...range, at: spotlight.at });
    if (!follow || mine) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    requestAnimationFrame(() =>
      editor.view.dom
        .querySelector('[data-spotlight]')
        ?.scrollIntoView({ behavior: still ? 'auto' : 'smooth', block: 'center' }),
    );
  }, [editor, spotlight, follow, mine]);
}
