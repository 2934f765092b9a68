'use client';

import { useRef, useState } from 'react';
import { ModerationControls } from '@/components/moderation/moderation-controls';
import { TextButton } from '@/components/ui/text-button';
import { CommentComposer } from './comment-composer';
import type { Member } from './mention-suggestion';
import type { NoteJson } from './note-json';
import { RichText } from './rich-text';
import { useRefocusOnClose } from './use-refocus-on-close';

/** What a reply's author can do to it, through the API. */
export interface ReplyActions {
  updateReply: (noteId: string, replyId: string, body: unknown) => Promise<boolean>;
  removeReply: (noteId: string, replyId: string) => Promise<boolean>;
  act: (noteId: string, path: string, method: string, body?: unknown) => Promise<boolean>;
}

/** One reply in a thread: author, text, "edited", and the author's Edit and Delete. */
export function ReplyItem({
  noteId,
  reply,
  mine,
  members,
  busy,
  actions,
  isModerator,
  readOnly = false,
}: {
  isModerator: boolean;
  /** Nothing can be written: no edit, delete or moderation controls. */
  readOnly?: boolean;
  noteId: string;
  reply: NoteJson['replies'][number];
  mine: boolean;
  members: Member[];
  busy: boolean;
  actions: ReplyActions;
}) {
  const [editing, setEditing] = useState(false);
  const edit = useRef<HTMLButtonElement>(null);
  useRefocusOnClose(editing, edit);
  return (
    <li>
      <p className="text-xs text-stone-600">
        <span className="font-semibold text-ink">{reply.author.name}</span>{' '}
        {reply.edited && '(edited)'}
        {reply.pending && <span role="status">Sending…</span>}
      </p>
      {reply.hidden && 'hiddenNotice' in reply && (
        <p className="text-xs text-red-800">{reply.hiddenNotice}</p>
      )}
      {editing ? (
        <CommentComposer
          label="Edit reply"
          members={members}
          initial={reply.body}
          submitLabel="Save"
          busy={busy}
          onCancel={() => setEditing(false)}
          onSubmit={async (body) => {
            if (body && (await actions.updateReply(noteId, reply.id, body))) setEditing(false);
          }}
        />
      ) : (
        <RichText doc={reply.body} />
      )}
      {!readOnly && !editing && !reply.pending && (
        <ModerationControls
          what="reply"
          mine={mine}
          hidden={reply.hidden}
          isModerator={isModerator}
          busy={busy}
          run={(operation, reason) =>
            actions.act(noteId, `replies/${reply.id}/${operation}`, 'POST', { reason })
          }
        />
      )}
      {mine && !readOnly && !editing && !reply.pending && (
        <div className="mt-1 flex gap-2 text-xs">
          <TextButton ref={edit} onClick={() => setEditing(true)}>
            Edit reply
          </TextButton>
          <TextButton
            onClick={() =>
              window.confirm('Delete this reply?') && void actions.removeReply(noteId, reply.id)
            }
          >
            Delete reply
          </TextButton>
        </div>
      )}
    </li>
  );
}
