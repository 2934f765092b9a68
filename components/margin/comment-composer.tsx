'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { Button } from '@/components/ui/button';
import type { DocNode } from '@/lib/documents/doc-node';
import { commentExtensions } from '@/lib/annotations/editor/comment-extensions';
import { isSafeHref } from '@/lib/documents/editor/is-safe-href';
import { mentionSuggestion, type Member } from './mention-suggestion';

/**
 * The rich-text composer for notes and replies: bold, italic, lists, quotes, links and
 * @mentions of course members. Ctrl/Cmd+Enter submits; Escape cancels.
 */
export function CommentComposer({
  label,
  members,
  initial,
  submitLabel,
  busy,
  onSubmit,
  onCancel,
}: {
  label: string;
  members: Member[];
  initial?: unknown;
  submitLabel: string;
  busy: boolean;
  onSubmit: (body: DocNode | null) => void;
  onCancel?: () => void;
}) {
  const editor = useEditor({
    extensions: commentExtensions(mentionSuggestion(members)),
    content: (initial as DocNode | undefined) ?? '',
    immediatelyRender: false,
    autofocus: 'end',
    editorProps: {
      attributes: {
        class:
          'min-h-16 rounded-md border border-stone-300 bg-white px-2 py-1 text-sm focus:outline-2',
        'aria-label': label,
        role: 'textbox',
        'aria-multiline': 'true',
      },
      handleKeyDown: (_view, event) => {
        if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
          submit();
          return true;
        }
        if (event.key === 'Escape' && onCancel) {
          onCancel();
          return true;
        }
        return false;
      },
    },
  });
  function submit() {
    if (!editor) return;
    onSubmit(editor.isEmpty ? null : (editor.getJSON() as DocNode));
  }
  const tool = (name: string, run: () => void) => (
    <button
      type="button"
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
      className="rounded px-1.5 py-0.5 text-xs hover:bg-stone-200"
    >
      {name}
    </button>
  );
  return (
    <div className="flex flex-col gap-1">
      <div role="toolbar" aria-label={`${label} formatting`} className="flex gap-1">
        {tool('Bold', () => editor?.chain().focus().toggleBold().run())}
        {tool('Italic', () => editor?.chain().focus().toggleItalic().run())}
        {tool('List', () => editor?.chain().focus().toggleBulletList().run())}
        {tool('Quote', () => editor?.chain().focus().toggleBlockquote().run())}
        {tool('Link', () => {
          const href = window.prompt('Link address (https://…)');
          if (href && isSafeHref(href))
            editor?.chain().focus().setLink({ href: href.trim() }).run();
        })}
      </div>
      <EditorContent editor={editor} />
      <div className="flex gap-2">
        <Button onClick={submit} pending={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </div>
  );
}
