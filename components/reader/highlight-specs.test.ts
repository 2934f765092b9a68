import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PALETTE } from '@/lib/annotations/default-palette';
import type { HighlightJson } from '@/lib/annotations/list-highlights';
import { documentExtensions } from '@/lib/documents/editor/document-extensions';
import { CanonicalPositions } from '@/lib/documents/editor/canonical-positions';
import { highlightSpecs, memoHighlightSpecs, sameSpecs } from './highlight-specs';

const schema = getSchema(documentExtensions());
const doc = (text: string) =>
  schema.nodeFromJSON({
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
const colorOf = (key: string | null) => DEFAULT_PALETTE.find((p) => p.key === key) ?? null;
const highlight = (id: string, start: number, end: number, replyCount = 0): HighlightJson => ({
  id,
  start,
  end,
  color: 'question',
  authorName: 'Ana',
  replyCount,
  claim: null,
  prompt: false,
});

describe('highlightSpecs', () => {
  it('places each highlight in the document and says what it is, by whom, with its replies', () => {
    const [spec] = highlightSpecs(
      [highlight('a', 6, 10, 2)],
      CanonicalPositions.of(doc('Alpha beta')),
      colorOf,
    );
    expect(spec).toMatchObject({ id: 'a', from: 7, to: 11, label: 'Question by Ana, 2 replies' });
  });

  it('is worked out once per list and positions when memoised', () => {
    const specsOf = memoHighlightSpecs(colorOf);
    const list = [highlight('a', 0, 5)];
    const here = CanonicalPositions.of(doc('Alpha beta'));
    const first = specsOf(list, here);
    expect(specsOf(list, here)).toBe(first);
    // A new list, or the same list in another document, is worked out afresh.
    const again = specsOf([...list], here);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    expect(specsOf(list, CanonicalPositions.of(doc('Gamma alpha beta')))).not.toBe(first);
  });

  it('compares lists by what they paint', () => {
    const here = CanonicalPositions.of(doc('Alpha beta'));
    const a = highlightSpecs([highlight('a', 0, 5)], here, colorOf);
    expect(sameSpecs(a, a)).toBe(true);
    expect(sameSpecs(a, highlightSpecs([highlight('a', 0, 5)], here, colorOf))).toBe(true);
    expect(sameSpecs(a, highlightSpecs([highlight('a', 0, 5, 1)], here, colorOf))).toBe(false);
  });
});
