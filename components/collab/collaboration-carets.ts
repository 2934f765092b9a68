import { Extension } from '@tiptap/core';
import { yCursorPlugin } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Other writers' named, coloured carets and selections in a collaborative editor,
 * from the room's awareness (whose names and colours the server stamps).
 */
export const CollaborationCarets = Extension.create<{ awareness: Awareness | null }>({
  name: 'collaborationCarets',
  addOptions: () => ({ awareness: null }),
  addProseMirrorPlugins() {
    return this.options.awareness ? [yCursorPlugin(this.options.awareness)] : [];
  },
});
