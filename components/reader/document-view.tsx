'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import type { DocNode } from '@/lib/documents/doc-node';
import { documentExtensions } from '@/lib/documents/editor/document-extensions';
import { OpeningDocument } from './opening-document';

/**
 * A document rendered read-only by Tiptap, typeset for long reading. Headings get
 * ids `h-<n>` in order, which the table of contents links to.
 */
export function DocumentView({ content }: { content: DocNode }) {
  const editor = useEditor({
    extensions: documentExtensions(),
    content,
    editable: false,
    immediatelyRender: false,
    editorProps: {
      attributes: { class: 'document-prose', 'aria-label': 'Document text', role: 'article' },
    },
  });

  useEffect(() => {
    if (!editor) return;
    editor.view.dom.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach((h, i) => (h.id = `h-${i}`));
    if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [editor]);

  return editor ? <EditorContent editor={editor} /> : <OpeningDocument />;
}
