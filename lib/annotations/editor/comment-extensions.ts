import type { Extensions } from '@tiptap/core';
import Mention, { type MentionOptions } from '@tiptap/extension-mention';
import { documentExtensions } from '../../documents/editor/document-extensions';

/**
 * The comment schema: the document schema plus @mentions, stored as `mention` nodes
 * with the user's id and name, so notifications never depend on parsing text. The
 * composer passes a `suggestion` for picking members; the server needs none.
 */
export function commentExtensions(suggestion?: MentionOptions['suggestion']): Extensions {
  return [
    ...documentExtensions(),
    Mention.configure({
      HTMLAttributes: { class: 'mention' },
      renderText: ({ node }) => `@${node.attrs.label ?? node.attrs.id}`,
      ...(suggestion ? { suggestion } : {}),
    }),
  ];
}
