import { describe, expect, it } from 'vitest';
import { describeRange } from './describe-range';

describe('describeRange', () => {
  const text = `${'p'.repeat(40)}HIGHLIGHT${'s'.repeat(40)}`;

  it('gives a quote with 32 characters of context either side, and the position', () => {
    expect(describeRange(text, 40, 49)).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: 'HIGHLIGHT',
        prefix: 'p'.repeat(32),
        suffix: 's'.repeat(32),
      },
      { type: 'TextPositionSelector', start: 40, end: 49 },
    ]);
  });

  it('shortens the context at the edges of the text', () => {
    const [quote] = describeRange('Top of the text', 0, 3);
    expect(quote).toMatchObject({ exact: 'Top', prefix: '', suffix: ' of the text' });
  });

  it('never cuts a surrogate pair in the context', () => {
    const emoji = '\uD83D\uDE00';
    const withEmoji = `${'x'.repeat(31)}${emoji}QUOTE${emoji}${'y'.repeat(31)}`;
    const start = withEmoji.indexOf('QUOTE');
    const [quote] = describeRange(withEmoji, start, start + 5);
    expect(quote.prefix).toBe(`${'x'.repeat(31)}${emoji}`.slice(1));
    expect(quote.suffix).toBe(`${emoji}${'y'.repeat(30)}`);
  });

  it('refuses a range outside the text, with a sentence saying what to do', () => {
    expect(() => describeRange(text, 10, 5)).toThrow(/select the passage again/);
    expect(() => describeRange(text, 0, text.length + 1)).toThrow(RangeError);
    expect(() => describeRange(text, 1.5, 3)).toThrow(RangeError);
  });
});
