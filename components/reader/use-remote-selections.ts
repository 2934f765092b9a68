'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useRef } from 'react';
import type { Peer } from '@/components/collab/use-presence';
import { freshCommands } from './fresh-commands';
import { CanonicalPositions } from '@/lib/documents/editor/canonical-positions';

/** Paints the selections of `peers` in the reader, tinted in each one's colour. */
export function useRemoteSelections(editor: Editor | null, peers: readonly Peer[]) {
  const painted = useRef(false);
  useEffect(() => {
    if (!editor) return;
    const selecting = peers.filter((p) => p.selection);
    // No transaction when there is nothing to show and nothing shown: one dispatched
    // while the reader extends a selection with the keyboard could undo a keystroke.
    if (!selecting.length && !painted.current) return;
    painted.current = selecting.length > 0;
    const positions = CanonicalPositions.of(editor.state.doc);
    freshCommands(editor).setRemoteSelections(
      selecting.map((p) => ({
        clientId: p.clientId,
        ...positions.toRange(p.selection!.start, p.selection!.end),
        color: p.user.color,
        name: p.user.name,
      })),
    );
  }, [editor, peers]);
}
