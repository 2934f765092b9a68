'use client';

import { FlagClaimForm } from '@/components/claims/flag-claim-form';
import { CommentComposer } from '@/components/margin/comment-composer';
import type { Member } from '@/components/margin/mention-suggestion';
import { NewNoteForm, type NewNote } from '@/components/margin/new-note-form';
import type { NewNoteInput } from '@/components/margin/pending-note';
import { AttachSourceForm } from '@/components/sources/attach-source-form';
import type { PaletteColor } from '@/lib/annotations/default-palette';
import type { CitationStyle } from '@/lib/sources/citation-styles';
import { MarginFormSlot } from './margin-form-slot';
import { targetOf } from './target-of';

/** A passage of the canonical text, with where its form sits in the margin. */
export interface Selected {
  start: number;
  end: number;
  top: number;
}

/** Which form is open for the selection: a note (tags first, or not), a claim, a source, or a prompt. */
export type SelectionPanel = {
  kind: 'note' | 'tags' | 'claim' | 'source' | 'prompt';
  at: Selected;
};

/**
 * The margin's forms for the selected passage: a new note (saved by the reader, which
 * shows it at once as pending), flagging it as a claim, citing a source for it, or
 * posing a reading prompt on it.
 */
export function SelectionForms(props: {
  panel: SelectionPanel;
  text: string;
  documentId: string;
  palette: readonly PaletteColor[];
  members: Member[];
  defaultVisibility: string;
  citationStyle: CitationStyle;
  busy: boolean;
  /** What the reader had written, when the server refused a note and its form comes back. */
  refused: NewNote | null;
  actions: {
    flag: (input: NewNoteInput & { reason: string }) => Promise<boolean>;
    noteWithSource: (input: NewNoteInput, source: unknown) => Promise<boolean>;
    prompt: (input: Omit<NewNoteInput, 'visibility'>) => Promise<boolean>;
  };
  onNote: (at: Selected, note: NewNote) => void;
  /** The form closed; with a sentence for screen readers when it saved something. */
  onClose: (announcement?: string) => void;
}) {
  const { panel, text } = props;
  const { at } = panel;
  const quote = text.slice(at.start, at.end);
  const plain = { target: targetOf(text, at), tags: [], visibility: props.defaultVisibility };
  return (
    <MarginFormSlot top={at.top}>
      {panel.kind === 'source' ? (
        <AttachSourceForm
          documentId={props.documentId}
          style={props.citationStyle}
          busy={props.busy}
          onAttach={async (source) => {
            const ok = await props.actions.noteWithSource(plain, source);
            if (ok) props.onClose(`Attached a source to “${quote.slice(0, 60)}”.`);
            return ok;
          }}
          onCancel={() => props.onClose()}
        />
      ) : panel.kind === 'prompt' ? (
        <section
          aria-label="Post a reading prompt"
          className="flex flex-col gap-2 rounded-md border border-teal-700 bg-white p-2.5 shadow"
        >
          <blockquote className="border-l-2 border-stone-300 pl-2 text-xs italic text-stone-700">
            “{quote.slice(0, 200)}”
          </blockquote>
          <p aria-hidden="true" className="text-xs font-medium">
            Question for the class
          </p>
          <CommentComposer
            label="Question for the class"
            members={props.members}
            submitLabel="Post prompt"
            busy={props.busy}
            onCancel={() => props.onClose()}
            onSubmit={async (body) => {
              // An empty question goes to the server too, which says what is missing.
              const ok = await props.actions.prompt({
                target: plain.target,
                tags: [],
                body: body ?? undefined,
              });
              if (ok) props.onClose(`Posted a reading prompt on “${quote.slice(0, 60)}”.`);
            }}
          />
        </section>
      ) : panel.kind === 'claim' ? (
        <FlagClaimForm
          quote={quote}
          busy={props.busy}
          onCancel={() => props.onClose()}
          onSubmit={async (claim) => {
            const ok = await props.actions.flag({
              ...plain,
              body: claim.explanation.trim() || undefined,
              // A claim is for the course to review: never private.
              visibility: props.defaultVisibility === 'public' ? 'public' : 'course',
              reason: claim.reason,
            });
            if (ok) props.onClose(`Flagged “${quote.slice(0, 60)}” as a claim for review.`);
          }}
        />
      ) : (
        <NewNoteForm
          quote={quote}
          palette={props.palette}
          members={props.members}
          defaultVisibility={props.defaultVisibility}
          focusTags={panel.kind === 'tags'}
          busy={props.busy}
          onCancel={() => props.onClose()}
          initial={props.refused ?? undefined}
          onSubmit={(note) => props.onNote(at, note)}
        />
      )}
    </MarginFormSlot>
  );
}
