import { describe, expect, it } from 'vitest';
import { mergeNote } from './merge-note';
import type { NoteJson } from './note-json';

const note = (id: string, bodyText = '') => ({ id, bodyText }) as NoteJson;

describe('mergeNote', () => {
  it('replaces a note in place, adds a new one and removes a gone one', () => {
    const notes = [note('a'), note('b')];
    expect(mergeNote(notes, 'a', note('a', 'edited')).map((n) => [n.id, n.bodyText])).toEqual([
      ['a', 'edited'],
      ['b', ''],
    ]);
    expect(mergeNote(notes, 'c', note('c')).map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(mergeNote(notes, 'a', null).map((n) => n.id)).toEqual(['b']);
    expect(mergeNote(notes, 'zzz', null).map((n) => n.id)).toEqual(['a', 'b']);
    expect(notes.map((n) => n.bodyText)).toEqual(['', '']);
  });
});
