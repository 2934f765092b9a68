import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from './normalize-for-matching';
import { toNormalizedOffset } from './to-normalized-offset';
import { toOriginalRange } from './to-original-range';

const norm = (s: string) => normalizeForMatching(s).text;

describe('normalizeForMatching', () => {
  it('collapses every run of whitespace, U+00A0 and other Unicode spaces included, to one space', () => {
    expect(norm('a\u00A0b')).toBe('a b');
    expect(norm('a\r\nb')).toBe('a b');
    expect(norm('a  \t b')).toBe('a b');
    expect(norm('a\n\u00A0\nb')).toBe('a b');
    expect(norm('a\u2003\u202F\u3000b')).toBe('a b');
    expect(norm(' lead and trail ')).toBe(' lead and trail ');
  });

  it('folds typographic quotes, primes and dashes to their ASCII forms', () => {
    expect(norm('\u2018a\u2019 \u201Ab\u201B \u2032')).toBe("'a' 'b' '");
    expect(norm('\u201Ca\u201D \u201Eb\u201F \u2033')).toBe('"a" "b" "');
    expect(norm('1914\u20131918 \u2014 war \u2212 peace')).toBe('1914-1918 - war - peace');
  });

  it('applies NFKC: composed accents, ligatures and full-width forms match their plain twins', () => {
    expect(norm('Cafe\u0301')).toBe('Caf\u00E9');
    expect(norm('\uFB01rst')).toBe('first');
    expect(norm('\uFF21\uFF22')).toBe('AB');
    expect(norm('wait\u2026')).toBe('wait...');
  });

  it('drops soft hyphens and zero-width characters, and keeps case', () => {
    expect(norm('Bu\u00ADkha\u200Brin\uFEFF')).toBe('Bukharin');
    expect(norm('Stalin STALIN')).toBe('Stalin STALIN');
  });

  it('maps every normalised character back to the original text it came from', () => {
    const original = 'Stalin\u2019s\r\n\u00A0\n\u201Cpurge\u201D \u2014 1937';
    const n = normalizeForMatching(original);
    expect(n.text).toBe('Stalin\'s "purge" - 1937');
    const at = n.text.indexOf('"purge"');
    expect(toOriginalRange(n, at, at + 7)).toEqual({
      start: original.indexOf('\u201C'),
      end: original.indexOf('\u201D') + 1,
    });
    // The one space stands for the whole run of line breaks and U+00A0.
    const space = n.text.indexOf(' ');
    expect(toOriginalRange(n, space, space + 1)).toEqual({ start: 8, end: 12 });
    expect(toNormalizedOffset(n, original.indexOf('\u201C'))).toBe(at);
    expect(toOriginalRange(n, n.text.length, n.text.length)).toEqual({
      start: original.length,
      end: original.length,
    });
  });

  const alphabet = fc.constantFrom(
    ...'ab Z.,\'"'.split(''),
    '\u00A0',
    '\r\n',
    '\t',
    '\u2019',
    '\u201C',
    '\u2014',
    '\u00AD',
    'e\u0301',
    '\u00E9',
    '\u0416',
    '\uD83D\uDE00',
  );
  const texts = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));

  it('is idempotent', () => {
    fc.assert(
      fc.property(texts, (t) => norm(norm(t)) === norm(t)),
      { numRuns: 500 },
    );
  });

  it('normalises the original of a normalised range back to that range', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (t, x, y) => {
        const n = normalizeForMatching(t);
        const a = x % (n.text.length + 1);
        const b = a + (y % (n.text.length - a + 1));
        // Units made from one source character (both halves of an emoji) map back together.
        const splits = (i: number) => i > 0 && i < n.text.length && n.starts[i] === n.starts[i - 1];
        fc.pre(!splits(a) && !splits(b));
        const { start, end } = toOriginalRange(n, a, b);
        return norm(t.slice(start, end)) === n.text.slice(a, b);
      }),
      { numRuns: 500 },
    );
  });
});
