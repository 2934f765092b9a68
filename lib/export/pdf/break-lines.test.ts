import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, type Line, type Measure } from './break-lines';
import type { TextRun } from './text-run';

// Every character one point wide, so widths are character counts.
const measure: Measure = (_run, text) => [...text].length;
const run = (text: string, start = 0): TextRun => ({ text, face: 'serif', size: 10, start });
const texts = (lines: Line[]) => lines.map((l) => l.fragments.map((f) => f.text).join(''));

describe('breakLines', () => {
  it('breaks at spaces within the width and drops the spaces at a soft break', () => {
    const lines = breakLines([run('the quick brown fox jumps')], () => 10, measure);
    expect(texts(lines)).toEqual(['the quick', 'brown fox', 'jumps']);
    expect(lines.map((l) => l.width)).toEqual([9, 9, 5]);
  });

  it('keeps a hard break and the spaces after it (code indentation)', () => {
    expect(texts(breakLines([run('if x:\n    go()')], () => 40, measure))).toEqual([
      'if x:',
      '    go()',
    ]);
    expect(texts(breakLines([run('a\n\nb')], () => 40, measure))).toEqual(['a', '', 'b']);
  });

  it('cuts a word wider than a line between characters', () => {
    expect(texts(breakLines([run('ab abcdefghij')], () => 4, measure))).toEqual([
      'ab',
      'abcd',
      'efgh',
      'ij',
    ]);
  });

  it('keeps a word that spans runs together, each fragment at its own x', () => {
    const lines = breakLines([run('aa bb', 0), run('cc', 5), run(' dd', 7)], () => 6, measure);
    expect(texts(lines)).toEqual(['aa', 'bbcc', 'dd']);
    expect(lines[1]!.fragments.map((f) => [f.text, f.x, f.run.start! + f.from])).toEqual([
      ['bb', 0, 3],
      ['cc', 2, 5],
    ]);
  });

  it('loses no character, keeps offsets, and stays within the width', () => {
    const word = fc.stringMatching(/^[a-zé“”]{1,14}$/);
    const gap = fc.constantFrom(' ', '  ', '\n', ' \n');
    const text = fc
      .array(fc.tuple(word, gap), { minLength: 1, maxLength: 40 })
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (t, width, cuts) => {
          const step = Math.ceil(t.length / cuts);
          const runs = Array.from({ length: cuts }, (_, i) =>
            run(t.slice(i * step, (i + 1) * step), i * step),
          ).filter((r) => r.text);
          const lines = breakLines(runs, () => width, measure);
          const shown = lines.flatMap((l) => l.fragments);
          for (const f of shown)
            expect(f.run.text.slice(f.from, f.from + f.text.length)).toBe(f.text);
          expect(
            shown
              .map((f) => f.text)
              .join('')
              .replace(/\s/g, ''),
          ).toBe(t.replace(/\s/g, ''));
          for (const line of lines) {
            const ink = line.fragments
              .map((f) => f.text)
              .join('')
              .trim();
            if ([...ink].length > 1) expect(line.width).toBeLessThanOrEqual(width);
          }
        },
      ),
    );
  });
});
