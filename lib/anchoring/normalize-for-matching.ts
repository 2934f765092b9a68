/** A text in matching form, with the way back to offsets in the text it came from. */
export interface NormalizedText {
  text: string;
  /** For each character of `text`, the offset in the original where its source begins. */
  starts: Int32Array;
  /** For each character of `text`, the offset in the original just past its source. */
  ends: Int32Array;
  originalLength: number;
}

// Editors and importers swap these freely, so they must not count as differences.
const FOLDED: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');
// Invisible in rendered text, so a copy or an import may or may not carry them.
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u2060', '\uFEFF']);
const WHITESPACE = /\s/;
const MARK = /\p{M}/u;

function fold(segment: string): string {
  return segment.replace(FOLDABLE, (c) => FOLDED[c] ?? c);
}

function isPlainAscii(code: number): boolean {
  return code > 0x20 && code < 0x7f;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The end of the code point at `i` and the combining marks after it, which normalise together. */
function segmentEnd(input: string, i: number): number {
  let end = i + (isHighSurrogate(input.charCodeAt(i)) && i + 1 < input.length ? 2 : 1);
  while (end < input.length && input.charCodeAt(end) >= 0x300) {
    const width = isHighSurrogate(input.charCodeAt(end)) && end + 1 < input.length ? 2 : 1;
    if (!MARK.test(input.slice(end, end + width))) break;
    end += width;
  }
  return end;
}

/** Output under construction, with each output unit's source range. */
class Builder {
  parts: string[] = [];
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  lastIsSpace = false;

  constructor(private readonly input: string) {
    this.starts = new Int32Array(input.length + 16);
    this.ends = new Int32Array(input.length + 16);
  }

  /** Appends input[from, to) unchanged. */
  copy(from: number, to: number): void {
    this.parts.push(this.input.slice(from, to));
    this.reserve(to - from);
    for (let i = from; i < to; i++) {
      this.starts[this.length] = i;
      this.ends[this.length] = i + 1;
      this.length += 1;
    }
    this.lastIsSpace = false;
  }

  /** Appends one output unit made from input[from, to); whitespace joins a preceding space. */
  add(unit: string, from: number, to: number): void {
    if (WHITESPACE.test(unit)) {
      if (this.lastIsSpace) {
        this.ends[this.length - 1] = to;
        return;
      }
      unit = ' ';
    }
    this.parts.push(unit);
    this.reserve(1);
    this.starts[this.length] = from;
    this.ends[this.length] = to;
    this.length += 1;
    this.lastIsSpace = unit === ' ';
  }

  // NFKC can expand a character (… to "..."), so the arrays may have to grow.
  private reserve(count: number): void {
    if (this.length + count <= this.starts.length) return;
    const grow = (a: Int32Array) => {
      const bigger = new Int32Array(Math.max(a.length * 2, this.length + count));
      bigger.set(a);
      return bigger;
    };
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
  }
}

/**
 * The one normalisation used for every comparison of text in anchoring: Unicode NFKC;
 * typographic quotes and primes folded to ' and ", dashes and the minus sign to -;
 * soft hyphens and zero-width characters dropped; every run of whitespace (line breaks,
 * U+00A0 and the other Unicode spaces) collapsed to one space. Case is kept.
 */
export function normalizeForMatching(input: string): NormalizedText {
  const out = new Builder(input);
  let i = 0;
  while (i < input.length) {
    // Printable ASCII not followed by a combining mark is already in normal form.
    let plain = i;
    while (plain < input.length && isPlainAscii(input.charCodeAt(plain))) plain += 1;
    if (plain > i && plain < input.length && input.charCodeAt(plain) >= 0x300) plain -= 1;
    if (plain > i) {
      out.copy(i, plain);
      i = plain;
      continue;
    }
    const code = input.charCodeAt(i);
    if ((code === 0x20 || (code >= 0x09 && code <= 0x0d)) && !(input.charCodeAt(i + 1) >= 0x300)) {
      out.add(' ', i, i + 1);
      i += 1;
      continue;
    }
    const from = i;
    i = segmentEnd(input, from);
    for (const unit of fold(fold(input.slice(from, i)).normalize('NFKC')).split('')) {
      if (!INVISIBLE.has(unit)) out.add(unit, from, i);
    }
  }
  return {
    text: out.parts.join(''),
    starts: out.starts.subarray(0, out.length),
    ends: out.ends.subarray(0, out.length),
    originalLength: input.length,
  };
}
