import { describe, expect, it } from 'vitest';
import { diffTexts } from './diff-texts';

describe('diffTexts', () => {
  it('reports a fixed typo as one word out, one word in', () => {
    expect(diffTexts('The quick borwn fox.', 'The quick brown fox.')).toEqual([
      { op: 'equal', text: 'The quick ' },
      { op: 'delete', text: 'borwn' },
      { op: 'insert', text: 'brown' },
      { op: 'equal', text: ' fox.' },
    ]);
  });

  it('rebuilds both texts exactly from its segments', () => {
    const before = 'Alpha beta gamma.\n\nDelta  epsilon — “zeta”.';
    const after = 'Alpha gamma beta.\n\nDelta epsilon — “eta”, theta.';
    const segments = diffTexts(before, after);
    const side = (skip: string) =>
      segments
        .filter((s) => s.op !== skip)
        .map((s) => s.text)
        .join('');
    expect(side('insert')).toBe(before);
    expect(side('delete')).toBe(after);
  });

  it('handles more distinct words than a single byte can number', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const segments = diffTexts(
      words.join(' '),
      [...words.slice(0, 1500), 'new', ...words.slice(1500)].join(' '),
    );
    expect(segments.filter((s) => s.op === 'insert').map((s) => s.text.trim())).toEqual(['new']);
  });
});
