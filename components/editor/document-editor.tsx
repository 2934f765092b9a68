'use client';

import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { saveVersionAction } from '@/app/documents/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { DocNode } from '@/lib/documents/doc-node';
import { documentExtensions } from '@/lib/documents/editor/document-extensions';
import { UndoRedo } from '@tiptap/extensions';

/** The owner's editor: Tiptap with a small toolbar; saving creates a new version. */
export function DocumentEditor({
  documentId,
  versionId,
  content,
}: {
  documentId: string;
  versionId: string;
  content: DocNode;
}) {
  const router = useRouter();
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState('');
  const [saving, startSaving] = useTransition();
  const editor = useEditor({
    extensions: [...documentExtensions(), UndoRedo],
    content,
    immediatelyRender: false,
    editorProps: {
      attributes: { class: 'document-prose', 'aria-label': 'Document text, editable' },
    },
    onUpdate: () => setDirty(true),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      quote: e?.isActive('blockquote') ?? false,
    }),
  });

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  function save() {
    if (!editor) return;
    const form = new FormData();
    form.set('documentId', documentId);
    form.set('baseVersionId', versionId);
    form.set('content', JSON.stringify(editor.getJSON()));
    startSaving(async () => {
      const result = await saveVersionAction({}, form);
      if (result.error) return setError(result.error);
      setDirty(false);
      router.push(
        `/documents/${documentId}${result.data?.changed ? `?saved=${result.data.number}` : ''}`,
      );
    });
  }

  if (!editor) return <p role="status">Opening the editor…</p>;
  const tool = (label: string, on: boolean, run: () => void) => (
    <Button
      variant="secondary"
      aria-pressed={on}
      onClick={run}
      className={on ? 'bg-stone-200' : ''}
    >
      {label}
    </Button>
  );
  return (
    <div className="flex flex-col gap-4">
      <div
        role="toolbar"
        aria-label="Formatting"
        className="sticky top-0 z-10 flex flex-wrap gap-2 bg-paper py-2"
      >
        {tool('Bold', active?.bold ?? false, () => editor.chain().focus().toggleBold().run())}
        {tool('Italic', active?.italic ?? false, () => editor.chain().focus().toggleItalic().run())}
        {tool('Heading', active?.h2 ?? false, () =>
          editor.chain().focus().toggleHeading({ level: 2 }).run(),
        )}
        {tool('List', active?.bullet ?? false, () =>
          editor.chain().focus().toggleBulletList().run(),
        )}
        {tool('Quote', active?.quote ?? false, () =>
          editor.chain().focus().toggleBlockquote().run(),
        )}
        <span className="ml-auto flex gap-2">
          <Button variant="secondary" onClick={() => router.push(`/documents/${documentId}`)}>
            Cancel
          </Button>
          <Button onClick={save} pending={saving}>
            {saving ? 'Saving…' : 'Save as new version'}
          </Button>
        </span>
      </div>
      {error && <Alert>{error}</Alert>}
      <div className="rounded-md border border-stone-300 bg-white p-4 sm:p-8">
        <EditorContent editor={editor} />
      </div>
    </div>
  );
}
