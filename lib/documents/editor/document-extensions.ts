import StarterKit from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/core';
import { isSafeHref } from './is-safe-href';

/** The only link targets a document may hold; anything else is dropped on import and edit. */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'];

/**
 * The document schema, shared by the reader, the editor and the server-side import:
 * headings, paragraphs, lists, block quotes, dividers, line breaks, code, and the marks
 * bold, italic, underline, strike, code and link. Content outside it is dropped.
 */
export function documentExtensions(): Extensions {
  return [
    StarterKit.configure({
      link: {
        openOnClick: false,
        autolink: false,
        linkOnPaste: false,
        protocols: ALLOWED_LINK_PROTOCOLS,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: '_blank' },
      },
      // Editing affordances that make no sense for a read-only document view.
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
      undoRedo: false,
    }),
  ];
}
