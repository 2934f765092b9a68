import { describe, expect, it } from 'vitest';
import { snapToWords } from './snap-to-words';

describe('snapToWords', () => {
  const text = 'Then Trotsky was exiled to Alma-Ata in 1928.';
  const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as const;

  it('moves an end that cuts a word to the word edge closer to the quote', () => {
    const [start, end] = at('Trotsky wa');
    expect(snapToWords(text, start, end, 'Trotsky was', 'Then ', ' exiled')).toEqual({
      start,
      end: end + 1,
    });
  });

  it('moves a start that cuts a word back to where the word begins', () => {
    const [start, end] = at('rotsky was');
    const snapped = snapToWords(text, start, end, 'Trotsky was', 'Then ', ' exiled');
    expect(text.slice(snapped.start, snapped.end)).toBe('Trotsky was');
  });

  it('leaves edges alone where the highlight itself began or ended inside a word', () => {
    const [start, end] = at('otsky wa');
    expect(snapToWords(text, start, end, 'otsky wa', 'Then Tr', 's exiled')).toEqual({
      start,
      end,
    });
  });
});
