'use client';

import type { HocuspocusProvider } from '@hocuspocus/provider';
import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { CollaborationCarets } from './collaboration-carets';
import { joinRoom } from './join-room';
import type { CollabRooms, CollabSession } from './use-collab-session';

type Notebook = NonNullable<CollabRooms['notebook']>;

function NotebookEditor(props: { provider: HocuspocusProvider; editable: boolean }) {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ undoRedo: false, link: false }),
      Collaboration.configure({ document: props.provider.document }),
      CollaborationCarets.configure({ awareness: props.provider.awareness }),
    ],
    editable: props.editable,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: 'notebook-prose min-h-32 rounded-md border border-stone-300 bg-white p-3',
        'aria-label': 'Course notebook',
        'data-testid': 'notebook-editor',
      },
    },
  });
  useEffect(() => {
    editor?.setEditable(props.editable);
  }, [editor, props.editable]);
  return editor ? <EditorContent editor={editor} /> : <p role="status">Opening the notebook…</p>;
}

/**
 * The course's shared notebook for this document, co-written live by its members with
 * named carets; the instructor can lock it, and everyone sees the lock at once.
 */
export function CourseNotebook(props: { documentId: string; session: CollabSession }) {
  const [notebook, setNotebook] = useState<Notebook | null>(props.session.rooms.notebook);
  const [provider, setProvider] = useState<HocuspocusProvider | null>(null);
  const [error, setError] = useState('');
  const room = props.session.rooms.notebook?.room;

  const refresh = useCallback(async () => {
    const res = await fetch(`/api/v1/documents/${props.documentId}/collab`, { cache: 'no-store' });
    if (res.ok) setNotebook(((await res.json()) as CollabRooms).notebook);
  }, [props.documentId]);

  useEffect(() => {
    if (!room) return;
    const p = joinRoom(props.session.socket, room);
    p.on('stateless', () => void refresh());
    p.on('synced', () => setProvider(p));
    return () => {
      setProvider(null);
      p.destroy();
    };
  }, [props.session.socket, room, refresh]);

  async function toggleLock() {
    setError('');
    const res = await fetch(`/api/v1/documents/${props.documentId}/notebook`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locked: !notebook?.locked }),
    });
    if (!res.ok) setError('The notebook’s lock could not be changed; try again.');
    await refresh();
  }

  if (!notebook) return null;
  return (
    <section aria-label="Course notebook" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <h2 className="font-semibold">Course notebook</h2>
        {notebook.locked && (
          <span role="status" className="rounded bg-stone-100 px-1 text-xs">
            {notebook.canWrite ? 'Locked for students' : 'Locked by the instructor: read only'}
          </span>
        )}
        {notebook.canLock && (
          <Button variant="secondary" onClick={() => void toggleLock()}>
            {notebook.locked ? 'Unlock notebook' : 'Lock notebook'}
          </Button>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
      {provider ? (
        <NotebookEditor provider={provider} editable={notebook.canWrite} />
      ) : (
        <p role="status" className="text-sm text-stone-600">
          Opening the notebook…
        </p>
      )}
    </section>
  );
}
