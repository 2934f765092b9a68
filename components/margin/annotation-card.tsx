'use client';

import { memo, useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { TextButton } from '@/components/ui/text-button';
import type { DocNode } from '@/lib/documents/doc-node';
import { ClaimBadge } from '@/components/claims/claim-badge';
import type { CitationStyle } from '@/lib/sources/citation-styles';
import { AnchorBadge } from './anchor-badge';
import { NoteReview } from './note-review';
import { CommentComposer } from './comment-composer';
import type { Member } from './mention-suggestion';
import type { NoteJson } from './note-json';
import { ReplyItem, type ReplyActions } from './reply-item';
import { RichText } from './rich-text';
import { useRefocusOnClose } from './use-refocus-on-close';

/** What a card can do to its note and its replies, through the API. */
export interface CardActions extends ReplyActions {
  update: (id: string, body: unknown) => Promise<boolean>;
  remove: (id: string) => Promise<boolean>;
  reply: (id: string, body: unknown) => Promise<boolean>;
}

// One formatter for every card: building one per card costs more than the card itself.
/** What a card of the reader's own, not yet confirmed, says about it. */
const PENDING_LABEL: Record<NonNullable<NoteJson['pending']>, string> = {
  saving: 'Saving…',
  offline: 'Offline: will retry',
  unavailable: 'Scholia is busy: will retry',
};

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * One note in the margin: its comment, tags, anchor state and thread, with the author's
 * controls. Memoised: with stable callbacks, a card re-renders only when its own note,
 * focus or busy state changes.
 */
export const AnnotationCard = memo(function AnnotationCard({
  expanded,
  note,
  userId,
  members,
  focused,
  busy,
  colorLabel,
  actions,
  onFocus,
  onReattach,
  onEscape,
  replying,
  onReplying,
  isModerator = false,
  citationStyle = 'apa',
  readOnly = false,
}: {
  note: NoteJson;
  userId: string;
  members: Member[];
  focused: boolean;
  busy: boolean;
  colorLabel: string | null;
  actions: CardActions;
  onFocus: (id: string) => void;
  onReattach?: (id: string) => void;
  /** Escape on the card, outside its composers: the reader takes the keyboard back to the text. */
  onEscape?: (id: string) => void;
  /** Show the controls even when the card is not focused (the orphans panel does). */
  expanded?: boolean;
  /** Who else is writing a reply here now, e.g. "Ana" or "Ana and Ben". */
  replying?: string;
  /** Told when this reader starts or stops writing a reply here, for others to see. */
  onReplying?: (noteId: string, writing: boolean) => void;
  /** Whether the reader moderates this document's course: verdicts, hiding. */
  isModerator?: boolean;
  /** The style the reader reads citations in. */
  citationStyle?: CitationStyle;
  /** Nothing can be written (an archived course): the card shows no write controls. */
  readOnly?: boolean;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'reply'>('view');
  const self = useRef<HTMLElement>(null);
  // A composer closing (saved or cancelled) hands the keyboard back to its card.
  useRefocusOnClose(mode !== 'view', self);
  // The edit being saved: the card shows it at once; if refused, the editor reopens with it.
  const [draft, setDraft] = useState<DocNode | null | undefined>(undefined);
  useEffect(() => {
    // Everyone in the document hears who is replying where: never on a private note.
    if (mode !== 'reply' || !onReplying || note.visibility === 'private') return;
    onReplying(note.id, true);
    return () => onReplying(note.id, false);
  }, [mode, note.id, note.visibility, onReplying]);
  // Controls show on the focused card only, as in Google Docs: the margin stays calm,
  // and a long document's hundreds of cards cost a scroll frame little.
  const open = !note.pending && (focused || expanded || mode !== 'view');
  const [collapsed, setCollapsed] = useState(false);
  const mine = note.author?.id === userId;
  const first = note.target.selector[0];
  const quote = (first && 'exact' in first ? first.exact : '') ?? '';
  const when = WHEN.format(new Date(note.createdAt));
  // A reading prompt is a question for the class: its thread holds the answers.
  const isPrompt = note.kind === 'prompt';
  return (
    <article
      ref={self}
      id={`annotation-${note.id}`}
      aria-label={`${isPrompt ? 'Reading prompt' : 'Note'} by ${note.author?.name ?? 'a deleted author'} on “${quote.slice(0, 60)}”`}
      data-testid="annotation-card"
      data-focused={focused || undefined}
      tabIndex={0}
      onClick={() => onFocus(note.id)}
      onFocus={() => !focused && onFocus(note.id)}
      onKeyDown={(e) => {
        // A composer's own Escape cancels it and is marked handled; only the card's reaches here.
        if (e.key !== 'Escape' || e.defaultPrevented || !onEscape) return;
        e.preventDefault();
        onEscape(note.id);
      }}
      className={`flex flex-col gap-1.5 rounded-md border bg-white p-2.5 text-sm shadow-sm ${focused ? 'border-accent ring-2 ring-accent/40' : 'border-stone-200'}`}
    >
      <header className="flex flex-wrap items-center gap-x-2 text-xs text-stone-600">
        <span className="font-semibold text-ink">
          {note.deleted ? 'Deleted note' : note.author?.name}
        </span>
        <time dateTime={note.createdAt}>{when}</time>
        {note.edited && <span>(edited)</span>}
        {note.claim && <ClaimBadge status={note.claim.status} />}
        {isPrompt && (
          <span
            data-testid="prompt-badge"
            className="rounded border border-dashed border-teal-700 bg-teal-50 px-1 font-medium text-teal-900"
          >
            Reading prompt
          </span>
        )}
        <span className="rounded bg-stone-100 px-1">{note.visibility}</span>
        {colorLabel && <span>{colorLabel}</span>}
        {note.pending && (
          <span role="status" className="rounded bg-amber-100 px-1 text-amber-900">
            {PENDING_LABEL[note.pending]}
          </span>
        )}
      </header>
      <AnchorBadge anchor={note.anchor} />
      {note.anchor.status === 'orphan' && (
        <blockquote className="border-l-2 border-stone-300 pl-2 italic">“{quote}”</blockquote>
      )}
      {note.hidden && 'hiddenNotice' in note && (
        <p className="text-xs text-red-800">{note.hiddenNotice}</p>
      )}
      {note.deleted ? (
        <p className="italic text-stone-500">This note was deleted.</p>
      ) : mode === 'edit' ? (
        <CommentComposer
          label="Edit note"
          members={members}
          initial={(draft === undefined ? note.body : draft) ?? undefined}
          submitLabel="Save"
          busy={busy}
          onCancel={() => {
            setDraft(undefined);
            setMode('view');
          }}
          onSubmit={async (body: DocNode | null) => {
            setDraft(body);
            setMode('view');
            if (await actions.update(note.id, { body })) setDraft(undefined);
            else setMode('edit');
          }}
        />
      ) : (
        <RichText doc={note.body} />
      )}
      {note.tags.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label="Tags">
          {note.tags.map((t) => (
            <li key={t} className="rounded-full bg-stone-100 px-2 text-xs">
              #{t}
            </li>
          ))}
        </ul>
      )}
      <NoteReview
        note={note}
        userId={userId}
        isModerator={isModerator}
        style={citationStyle}
        open={open}
        readOnly={readOnly}
        busy={busy}
        actions={actions}
      />
      {note.replies.length > 0 && (
        <TextButton
          className="self-start text-xs"
          aria-expanded={!collapsed}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed
            ? `Show ${note.replies.length} ${note.replies.length === 1 ? 'reply' : 'replies'}`
            : 'Collapse thread'}
        </TextButton>
      )}
      {!collapsed && note.replies.length > 0 && (
        <ol className="flex flex-col gap-1 border-l-2 border-stone-200 pl-2" aria-label="Replies">
          {note.replies.map((r) => (
            <ReplyItem
              key={r.id}
              noteId={note.id}
              reply={r}
              mine={r.author.id === userId}
              members={members}
              busy={busy}
              actions={actions}
              isModerator={isModerator}
              readOnly={readOnly}
            />
          ))}
        </ol>
      )}
      {replying && (
        <p className="text-xs italic text-stone-600" aria-live="polite">
          {replying} {replying.includes(' and ') ? 'are' : 'is'} replying…
        </p>
      )}
      {mode === 'reply' ? (
        <CommentComposer
          label={isPrompt ? 'Answer the prompt' : 'Reply'}
          members={members}
          submitLabel={isPrompt ? 'Post answer' : 'Reply'}
          busy={busy}
          onCancel={() => setMode('view')}
          onSubmit={async (body) => {
            if (body && (await actions.reply(note.id, body))) setMode('view');
          }}
        />
      ) : open && !readOnly ? (
        <div className="flex flex-wrap gap-1">
          {!note.deleted && !note.hidden && (
            <Button variant="secondary" onClick={() => setMode('reply')}>
              {isPrompt ? 'Answer' : 'Reply'}
            </Button>
          )}
          {mine && !note.deleted && (
            <Button variant="secondary" onClick={() => setMode('edit')}>
              Edit
            </Button>
          )}
          {mine && !note.deleted && !isPrompt && (
            <label className="flex items-center gap-1 text-xs">
              <span className="sr-only">Who can see this note</span>
              <select
                value={note.visibility}
                disabled={busy}
                onChange={(e) => void actions.update(note.id, { visibility: e.target.value })}
                className="rounded border border-stone-300 bg-white px-1 py-1"
              >
                <option value="private">Only me</option>
                <option value="course">Course</option>
                <option value="public">Public</option>
              </select>
            </label>
          )}
          {mine && !note.deleted && (
            <Button
              variant="secondary"
              onClick={() => window.confirm('Delete this note?') && void actions.remove(note.id)}
            >
              Delete
            </Button>
          )}
          {onReattach && (
            <Button variant="secondary" onClick={() => onReattach(note.id)}>
              Re-attach to selection
            </Button>
          )}
        </div>
      ) : null}
    </article>
  );
});
