import { describe, expect, it } from 'vitest';
import { pdfLinesToText } from './pdf-lines-to-text';

const line = (text: string, y: number, right = 500) => ({ text, y, right, size: 12 });

describe('pdfLinesToText', () => {
  it('puts a blank line where the spacing opens up and a newline between ordinary lines', () => {
    const page = [
      line('one', 700),
      line('two', 686),
      line('three', 672),
      line('four', 640),
      line('five', 626),
    ];
    expect(pdfLinesToText([page])).toBe('one\ntwo\nthree\n\nfour\nfive\n');
  });

  it('starts a new paragraph where text jumps back up the page, as at a new column', () => {
    expect(pdfLinesToText([[line('left', 300), line('right', 700)]])).toBe('left\n\nright\n');
  });

  it('ends a paragraph at a page whose last line stops short, and runs on after a full one', () => {
    const full = [line('a', 700), line('b', 686, 500)];
    const short = [line('c', 700), line('d', 686, 200)];
    expect(pdfLinesToText([full, short, [line('e', 700)]])).toBe('a\nb\nc\nd\n\ne\n');
  });

  it('skips pages without text', () => {
    expect(pdfLinesToText([[], [line('only', 700)], []])).toBe('only\n');
  });
});
