import type { Extensions } from '@tiptap/core';
import Mention from '@tiptap/extension-mention';
import { documentExtensions } from '../../documents/editor/document-extensions';

/**
 * The comment schema: the document schema plus @mentions, stored as `mention` nodes
 * with the user's id and name, so notifications never depend on parsing text.
 */
export function commentExtensions(): Extensions {
  return [
    ...documentExtensions(),
    Mention.configure({
      HTMLAttributes: { class: 'mention' },
      renderText: ({ node }) => `@${node.attrs.label ?? node.attrs.id}`,
    }),
  ];
}
