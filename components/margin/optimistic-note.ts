import type { NoteJson } from './note-json';

/** What a PATCH of a note may change that the reader can show before the server answers. */
export interface NotePatch {
  body?: unknown;
  color?: string | null;
  tags?: string[];
  visibility?: string;
}

const hasText = (body: unknown) =>
  typeof body === 'string' ? body.trim() !== '' : body !== null && body !== undefined;

/**
 * A note as it will look once `patch` is saved, marked as saving: the reader shows it
 * at once and puts the server's answer in its place (or the old note back) when it
 * comes. Claims and prompts keep their kind, as the server keeps it.
 */
export function optimisticEdit(note: NoteJson, patch: NotePatch): NoteJson {
  const next: NoteJson = { ...note, pending: 'saving' };
  if (patch.body !== undefined) {
    const text = typeof patch.body === 'string';
    next.body = (text ? null : patch.body) as NoteJson['body'];
    next.bodyText = text ? (patch.body as string) : note.bodyText;
    next.edited = true;
    if (note.kind === 'comment' || note.kind === 'highlight')
      next.kind = hasText(patch.body) ? 'comment' : 'highlight';
  }
  if (patch.color !== undefined) next.color = patch.color;
  if (patch.tags !== undefined) next.tags = patch.tags;
  if (patch.visibility !== undefined) next.visibility = patch.visibility;
  return next;
}

/**
 * The notes as they will be once note `id` is deleted: gone, or, when it has replies,
 * a "deleted" placeholder that keeps the thread (as the server keeps it), saving.
 */
export function optimisticRemoval(notes: readonly NoteJson[], id: string): NoteJson[] {
  return notes.flatMap((n) => {
    if (n.id !== id) return [n];
    if (!n.replies.length) return [];
    return [
      {
        ...n,
        deleted: true,
        author: null,
        body: null,
        bodyText: '',
        sources: [],
        pending: 'saving' as const,
      },
    ];
  });
}

type Reply = NoteJson['replies'][number];

/** The notes with one reply of note `noteId` changed by `change` (or taken out, for null). */
export function withReply(
  notes: readonly NoteJson[],
  noteId: string,
  replyId: string,
  change: (reply: Reply) => Reply | null,
): NoteJson[] {
  return notes.map((n) =>
    n.id !== noteId
      ? n
      : {
          ...n,
          replies: n.replies.flatMap((r) => {
            if (r.id !== replyId) return [r];
            const next = change(r);
            return next ? [next] : [];
          }),
        },
  );
}
