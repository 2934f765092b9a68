import type { TextRun } from './text-run';

/** Measures a text in a face at a size, in points. */
export type Measure = (run: TextRun, text: string) => number;

/** A run's text on one line: where it starts (from the line's left edge) and how wide it is. */
export interface LineFragment {
  run: TextRun;
  /** Offset of `text` in `run.text`. */
  from: number;
  text: string;
  x: number;
  width: number;
}

/** One laid-out line. */
export interface Line {
  fragments: LineFragment[];
  width: number;
}

interface Piece {
  run: TextRun;
  from: number;
  to: number;
  width: number;
}

type Token = { kind: 'word' | 'space'; pieces: Piece[] } | { kind: 'break' };

const PARTS = /\n|[ \t]+|[^ \t\n]+/g;

function tokenize(runs: readonly TextRun[], measure: Measure): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    for (const match of run.text.matchAll(PARTS)) {
      const text = match[0];
      const from = match.index;
      if (text === '\n') {
        tokens.push({ kind: 'break' });
        continue;
      }
      const kind = text[0] === ' ' || text[0] === '\t' ? 'space' : 'word';
      const piece = { run, from, to: from + text.length, width: measure(run, text) };
      const last = tokens.at(-1);
      // A word goes on across runs (a bold letter inside a word, a note number after it).
      if (last && last.kind === kind) last.pieces.push(piece);
      else tokens.push({ kind, pieces: [piece] });
    }
  }
  return tokens;
}

const widthOf = (pieces: readonly Piece[]) => pieces.reduce((sum, p) => sum + p.width, 0);

/** Splits a word too wide for any line: the longest head that fits (at least one character). */
function splitWord(pieces: Piece[], room: number, measure: Measure): [Piece[], Piece[]] {
  const head: Piece[] = [];
  let used = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (used + piece.width <= room) {
      head.push(piece);
      used += piece.width;
      continue;
    }
    // Character by character, adding widths (no kerning), so a huge word costs linear time.
    const { run } = piece;
    let cut = piece.from;
    let width = 0;
    while (cut < piece.to) {
      const step = run.text.codePointAt(cut)! > 0xffff ? 2 : 1;
      const advance = measure(run, run.text.slice(cut, cut + step));
      if (used + width + advance > room && (head.length || cut > piece.from)) break;
      width += advance;
      cut += step;
    }
    if (cut === piece.from) return [head, pieces.slice(i)];
    head.push({ run, from: piece.from, to: cut, width });
    const rest =
      cut < piece.to ? [{ run, from: cut, to: piece.to, width: piece.width - width }] : [];
    return [head, [...rest, ...pieces.slice(i + 1)]];
  }
  return [head, []];
}

function toLine(pieces: readonly Piece[], measure: Measure): Line {
  const fragments: LineFragment[] = [];
  let x = 0;
  for (const piece of pieces) {
    const last = fragments.at(-1);
    if (last && last.run === piece.run && last.from + last.text.length === piece.from) {
      last.text += piece.run.text.slice(piece.from, piece.to);
      last.width = measure(piece.run, last.text);
    } else {
      fragments.push({
        run: piece.run,
        from: piece.from,
        text: piece.run.text.slice(piece.from, piece.to),
        x,
        width: piece.width,
      });
    }
    const now = fragments.at(-1)!;
    x = now.x + now.width;
  }
  return { fragments, width: x };
}

/**
 * Greedy line breaking of runs into lines no wider than `widthAt(lineIndex)`: breaks at
 * spaces and tabs, and at "\n" (a hard break); spaces at a line's end are dropped, and so
 * are those at a soft break's start, but a hard break keeps the next line's leading spaces
 * (code indentation); a word wider than
 * a line is cut between characters. Every character keeps its run and offset, so a
 * canonical-text offset can be found on the page.
 */
export function breakLines(
  runs: readonly TextRun[],
  widthAt: (lineIndex: number) => number,
  measure: Measure,
): Line[] {
  const lines: Line[] = [];
  let current: Piece[] = [];
  let spaces: Piece[] = [];
  let softStart = false;
  const endLine = (soft: boolean) => {
    lines.push(toLine(current, measure));
    current = [];
    spaces = [];
    softStart = soft;
  };
  for (const token of tokenize(runs, measure)) {
    if (token.kind === 'break') {
      endLine(false);
      continue;
    }
    if (token.kind === 'space') {
      if (!(softStart && current.length === 0)) spaces.push(...token.pieces);
      continue;
    }
    let word = token.pieces;
    while (word.length) {
      const room = widthAt(lines.length);
      const used = widthOf(current) + widthOf(spaces);
      const width = widthOf(word);
      if (used + width <= room) {
        current.push(...spaces, ...word);
        spaces = [];
        break;
      }
      if (current.length) {
        endLine(true);
        continue;
      }
      const [head, rest] = splitWord(word, room - used, measure);
      current.push(...spaces, ...head);
      spaces = [];
      word = rest;
      if (rest.length) endLine(true);
    }
  }
  if (current.length) lines.push(toLine(current, measure));
  return lines;
}
