import type { PdfFace } from './font-face';
import { faceCovers } from './font-metrics';
import type { TextRun } from './text-run';

// DejaVu Sans has more symbols than Serif or Mono (check marks, arrows, dingbats).
const FALLBACK: Partial<Record<PdfFace, PdfFace>> = {
  serif: 'sans',
  serifBold: 'sansBold',
  serifItalic: 'sansItalic',
  serifBoldItalic: 'sansBold',
  mono: 'sans',
};

/**
 * Runs with each character their face lacks but the matching sans face has split off
 * into a run of that face, offsets kept; what no face has stays, to be drawn as "?".
 */
export function withFallbackFaces(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const fallback = FALLBACK[run.face];
    const faceOf = (char: string) => {
      const codePoint = char.codePointAt(0)!;
      return fallback && !faceCovers(run.face, codePoint) && faceCovers(fallback, codePoint)
        ? fallback
        : run.face;
    };
    let from = 0;
    let face = run.face;
    let at = 0;
    const cut = (to: number) => {
      if (to === from) return;
      const piece = { ...run, face, text: run.text.slice(from, to) };
      if (run.start !== undefined) piece.start = run.start + from;
      out.push(piece);
      from = to;
    };
    for (const char of run.text) {
      const next = /\s/.test(char) ? face : faceOf(char);
      if (next !== face) {
        cut(at);
        face = next;
      }
      at += char.length;
    }
    cut(run.text.length);
  }
  return out;
}
