import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  it('keeps a short text whole, with its whitespace collapsed', () => {
    expect(excerpt('  A short\u00a0note,\n\nwith   gaps. ')).toBe('A short note, with gaps.');
  });

  it('cuts a long text at a word boundary and marks the cut', () => {
    const cut = excerpt('one two three four five six seven', 20);
    expect(cut).toBe('one two three four…');
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it('cuts a single long word mid-word rather than returning nothing', () => {
    expect(excerpt('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
