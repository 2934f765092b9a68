import { describe, expect, it } from 'vitest';
import type { NoteJson } from './note-json';
import { optimisticEdit, optimisticRemoval, withReply } from './optimistic-note';

const note = (over: Partial<NoteJson> = {}) =>
  ({
    id: 'n1',
    kind: 'comment',
    author: { id: 'u', name: 'Una' },
    deleted: false,
    body: { type: 'doc', content: [] },
    bodyText: 'old',
    color: 'key',
    tags: ['a'],
    visibility: 'course',
    edited: false,
    sources: [],
    replies: [],
    ...over,
  }) as unknown as NoteJson;

describe('optimisticEdit', () => {
  it('shows the new body, colour, tags and visibility at once, marked saving and edited', () => {
    const body = { type: 'doc', content: [{ type: 'paragraph' }] };
    const next = optimisticEdit(note(), { body, color: null, tags: ['b'], visibility: 'private' });
    expect(next).toMatchObject({
      body,
      color: null,
      tags: ['b'],
      visibility: 'private',
      edited: true,
      pending: 'saving',
      kind: 'comment',
    });
  });
  it('turns a comment emptied into a highlight, but a claim stays a claim', () => {
    expect(optimisticEdit(note(), { body: null }).kind).toBe('highlight');
    expect(optimisticEdit(note({ kind: 'claim' }), { body: null }).kind).toBe('claim');
    expect(optimisticEdit(note({ kind: 'highlight' }), { body: 'now text' })).toMatchObject({
      kind: 'comment',
      bodyText: 'now text',
      body: null,
    });
  });
  it('leaves what the patch does not touch', () => {
    expect(optimisticEdit(note(), { tags: [] })).toMatchObject({ bodyText: 'old', edited: false });
  });
});

describe('optimisticRemoval', () => {
  it('takes a note without replies away, and leaves a placeholder for one with replies', () => {
    const other = note({ id: 'n2' });
    expect(optimisticRemoval([note(), other], 'n1')).toEqual([other]);
    const threaded = note({ replies: [{ id: 'r' }] as NoteJson['replies'] });
    const [placeholder] = optimisticRemoval([threaded], 'n1');
    expect(placeholder).toMatchObject({
      deleted: true,
      author: null,
      body: null,
      pending: 'saving',
    });
    expect(placeholder!.replies).toHaveLength(1);
  });
});

describe('withReply', () => {
  it('changes or takes out one reply of one note', () => {
    const notes = [note({ replies: [{ id: 'r1' }, { id: 'r2' }] as NoteJson['replies'] })];
    expect(withReply(notes, 'n1', 'r1', () => null)[0]!.replies.map((r) => r.id)).toEqual(['r2']);
    const edited = withReply(notes, 'n1', 'r2', (r) => ({ ...r, edited: true }));
    expect(edited[0]!.replies[1]).toMatchObject({ id: 'r2', edited: true });
    expect(withReply(notes, 'other', 'r1', () => null)).toEqual(notes);
  });
});
