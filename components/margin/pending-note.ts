import type { NoteJson } from './note-json';

/** What the reader sends to create a note. */
export interface NewNoteInput {
  target: { selector: ({ type: string } & Record<string, unknown>)[] };
  body?: unknown;
  color?: string | null;
  tags: string[];
  visibility: string;
}

/**
 * The card shown for a note of the reader's own while the server has not confirmed it:
 * painted where it was made, marked pending, with no controls until it is saved.
 */
export function pendingNote(
  id: string,
  documentId: string,
  input: NewNoteInput,
  range: { start: number; end: number },
  me: { id: string; name: string },
): NoteJson {
  const now = new Date().toISOString();
  return {
    id,
    documentId,
    kind: input.body ? 'comment' : 'highlight',
    author: me,
    deleted: false,
    body: (input.body ?? null) as NoteJson['body'],
    bodyText: '',
    color: input.color ?? null,
    tags: input.tags,
    visibility: input.visibility,
    hidden: false,
    edited: false,
    createdAt: now,
    updatedAt: now,
    target: {
      source: documentId,
      versionId: '',
      selector: input.target.selector,
    } as NoteJson['target'],
    anchor: {
      status: 'exact',
      method: 'position',
      start: range.start,
      end: range.end,
      confidence: 1,
    },
    claim: null,
    sources: [],
    replies: [],
    pending: 'saving',
  };
}

/** A reply of the reader's own, shown in its thread while the server has not confirmed it. */
export function pendingReply(
  id: string,
  body: unknown,
  me: { id: string; name: string },
): NoteJson['replies'][number] {
  return {
    id,
    author: me,
    body: body as NoteJson['replies'][number]['body'],
    bodyText: '',
    edited: false,
    hidden: false,
    createdAt: new Date().toISOString(),
    pending: true,
  };
}
