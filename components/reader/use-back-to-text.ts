'use client';

import type { Editor } from '@tiptap/react';
import { useCallback, useMemo } from 'react';

/** Ways to give the keyboard back to the reader's text when a form or a card lets it go. */
export interface BackToText {
  /** Focuses the text with the caret at `pos`, or with its selection as it was. */
  at: (pos?: number) => void;
  /** Focuses the text with the caret at the start of a note's highlight, marked as focused. */
  highlight: (id: string) => void;
}

/**
 * Focus that returns to the text: a closed form or card would otherwise leave it on the
 * page's body, and the next Tab would start again from the top of the page.
 */
export function useBackToText(editor: Editor | null, onHighlight: (id: string) => void) {
  const at = useCallback(
    (pos?: number) => {
      if (editor && !editor.isDestroyed) editor.commands.focus(pos ?? null);
    },
    [editor],
  );
  const highlight = useCallback(
    (id: string) => {
      const mark = editor?.view.dom.querySelector(`mark[data-annotation-id="${CSS.escape(id)}"]`);
      onHighlight(id);
      at(mark ? editor!.view.posAtDOM(mark, 0) : undefined);
    },
    [editor, at, onHighlight],
  );
  return useMemo<BackToText>(() => ({ at, highlight }), [at, highlight]);
}
