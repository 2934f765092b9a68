import { describe, expect, it } from 'vitest';
import { trimToContext } from './trim-to-context';

describe('trimToContext', () => {
  const text = 'the tractor alliance grain were war economy had coal was region';

  it('gives a word that is really the end of the prefix back to the prefix', () => {
    const start = text.indexOf('alliance');
    const end = text.indexOf(' coal');
    const trimmed = trimToContext(
      text,
      start,
      end,
      'not output has tractor alliance ',
      ' coal was region',
    );
    expect(text.slice(trimmed.start, trimmed.end)).toBe('grain were war economy had');
  });

  it('gives a word that is really the start of the suffix back to the suffix', () => {
    const start = text.indexOf('grain');
    const end = text.indexOf(' was region');
    const trimmed = trimToContext(text, start, end, 'tractor alliance ', ' coal was region');
    expect(text.slice(trimmed.start, trimmed.end)).toBe('grain were war economy had');
  });

  it('keeps a quote that merely begins like its prefix ends', () => {
    const doubled = 'so said the the cat sat there on the mat';
    const start = doubled.indexOf('the cat');
    const kept = trimToContext(doubled, start, start + 7, 'xxxxxxxx so said the ', ' sat there');
    expect(kept).toEqual({ start, end: start + 7 });
  });
});
