import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

/**
 * Keeps the reader's text unchanged while leaving it focusable, so readers can place a
 * caret and select with Shift and the arrow keys (a non-editable view has no caret).
 * Every transaction that would change the document is dropped.
 */
export const ReadOnlyGuard = Extension.create({
  name: 'readOnlyGuard',
  addProseMirrorPlugins() {
    return [new Plugin({ filterTransaction: (tr) => !tr.docChanged })];
  },
});
