'use client';

import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import type { Peer } from '@/components/collab/use-presence';
import { CanonicalPositions } from '@/lib/documents/editor/canonical-positions';

/** Paints the selections of `peers` in the reader, tinted in each one's colour. */
export function useRemoteSelections(editor: Editor | null, peers: readonly Peer[]) {
  useEffect(() => {
    if (!editor) return;
    const positions = CanonicalPositions.of(editor.state.doc);
    editor.commands.setRemoteSelections(
      peers
        .filter((p) => p.selection)
        .map((p) => ({
          clientId: p.clientId,
          ...positions.toRange(p.selection!.start, p.selection!.end),
          color: p.user.color,
          name: p.user.name,
        })),
    );
  }, [editor, peers]);
}
