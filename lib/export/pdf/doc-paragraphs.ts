import { CANONICAL_TEXTBLOCKS, canonicalInlineText } from '@/lib/documents/canonical-inline-text';
import type { DocNode } from '@/lib/documents/doc-node';
import { styledFace } from './font-face';
import type { Paragraph } from './paragraph';
import type { Rgb, TextRun } from './text-run';

/** How to set editor JSON: family, body size and colour, and whether runs carry offsets. */
export interface DocStyle {
  family: 'serif' | 'sans';
  size: number;
  color: Rgb;
  /** Give runs their canonical-text offsets (the document itself, not a comment). */
  offsets: boolean;
  /** Note numbers to set after the character before each canonical offset. */
  markers?: ReadonlyMap<number, string>;
}

const LINK: Rgb = [0.1, 0.3, 0.7];
const MARKER: Rgb = [0.35, 0.35, 0.4];
const HEADING_SCALE = [1.55, 1.3, 1.15, 1.05, 1, 1];
const LIST_INDENT = 1.6;
const QUOTE_INDENT = 1.4;

interface Context {
  indent: number;
  bars: number[];
  item: { marker: string; used: boolean } | null;
}

function inlineRuns(node: DocNode, style: DocStyle, size: number, bold: boolean): TextRun[] {
  if (node.type !== 'text' && node.content) {
    return node.content.flatMap((child) => inlineRuns(child, style, size, bold));
  }
  const text = canonicalInlineText(node.type, node.text, node.attrs);
  if (!text) return [];
  const marks = new Set((node.marks ?? []).map((m) => m.type));
  const link = marks.has('link');
  const code = marks.has('code');
  return [
    {
      text,
      face: styledFace(style.family, {
        bold: bold || marks.has('bold'),
        italic: marks.has('italic'),
        code,
      }),
      size: code ? size * 0.92 : size,
      color: link ? LINK : style.color,
      ...(marks.has('strike')
        ? { decoration: 'strike' as const }
        : link || marks.has('underline')
          ? { decoration: 'underline' as const }
          : {}),
    },
  ];
}

/** Cuts runs at a character offset of their joined text and puts `extra` there. */
function insertAt(runs: TextRun[], at: number, extra: TextRun): TextRun[] {
  let offset = 0;
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const end = offset + run.text.length;
    if (at <= end) {
      const cut = at - offset;
      const head = { ...run, text: run.text.slice(0, cut) };
      const tail = { ...run, text: run.text.slice(cut) };
      if (tail.start !== undefined) tail.start += cut;
      return [...runs.slice(0, i), head, extra, tail, ...runs.slice(i + 1)].filter((r) => r.text);
    }
    offset = end;
  }
  return [...runs, extra];
}

function markerRun(label: string, size: number): TextRun {
  return {
    text: label,
    face: 'sansBold',
    size: size * 0.62,
    rise: size * 0.4,
    color: MARKER,
    ref: label,
  };
}

/**
 * Editor JSON (headings, paragraphs, lists, block quotes, code blocks, rules, hard breaks,
 * bold, italic, code, underline, strike and link marks) as paragraphs to set. Text blocks
 * are taken exactly as `canonicalText` takes them (non-blank ones, in order, 2 characters
 * of separator between them), so with `offsets` every run knows where its text starts in
 * the canonical text; note numbers are set after the last character of their passage.
 */
export function docParagraphs(doc: DocNode, style: DocStyle): Paragraph[] {
  const out: Paragraph[] = [];
  const markers = [...(style.markers ?? [])].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let cursor = 0;
  const em = style.size;

  const textblock = (node: DocNode, context: Context) => {
    const level = node.type === 'heading' ? Number(node.attrs?.level ?? 1) : 0;
    const size = level ? em * (HEADING_SCALE[level - 1] ?? 1) : em;
    let runs = inlineRuns(node, style, size, level > 0);
    if (node.type === 'codeBlock')
      runs = runs.map((r) => ({ ...r, face: 'mono', size: em * 0.88 }));
    const length = runs.reduce((sum, r) => sum + r.text.length, 0);
    if (!runs.some((r) => r.text.trim())) return;
    const start = cursor;
    cursor += length + 2;
    if (style.offsets) {
      let offset = start;
      runs = runs.map((r) => {
        const run = { ...r, start: offset };
        offset += r.text.length;
        return run;
      });
    }
    // A passage ending in the separator after this block ends at the block's end.
    const mine: [number, string][] = [];
    for (; next < markers.length && markers[next]![0] <= start + length + 2; next++) {
      mine.push(markers[next]!);
    }
    // From the last, so that a number set does not move the offsets of those before it.
    for (const [at, label] of mine.reverse()) {
      runs = insertAt(
        runs,
        Math.max(0, Math.min(at, start + length) - start),
        markerRun(label, em),
      );
    }
    const marker = context.item && !context.item.used ? context.item.marker : null;
    if (context.item) context.item.used = true;
    out.push({
      runs,
      leading: size * (node.type === 'codeBlock' ? 1.3 : 1.42),
      indent: context.indent + (node.type === 'codeBlock' ? em : 0),
      ...(marker
        ? {
            marker: {
              text: marker,
              face: styledFace(style.family, {}),
              size: em,
              color: style.color,
            },
          }
        : {}),
      spaceBefore: level ? size * 0.9 : context.item ? em * 0.15 : em * 0.45,
      spaceAfter: level ? size * 0.3 : context.item ? em * 0.15 : em * 0.45,
      keepWithNext: level > 0,
      ...(context.bars.length ? { bars: context.bars } : {}),
    });
  };

  const walk = (node: DocNode, context: Context) => {
    if (CANONICAL_TEXTBLOCKS.has(node.type)) return textblock(node, context);
    if (node.type === 'horizontalRule') {
      out.push({
        runs: [],
        leading: em,
        rule: [0.7, 0.7, 0.7],
        indent: context.indent,
        spaceBefore: em * 0.5,
        spaceAfter: em * 0.5,
      });
      return;
    }
    const children = node.content ?? [];
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      const first = Number(node.attrs?.start ?? 1);
      children.forEach((item, i) =>
        walk(item, {
          ...context,
          indent: context.indent + em * LIST_INDENT,
          item: { marker: node.type === 'bulletList' ? '•' : `${first + i}.`, used: false },
        }),
      );
      return;
    }
    const inner =
      node.type === 'blockquote'
        ? {
            ...context,
            indent: context.indent + em * QUOTE_INDENT,
            bars: [...context.bars, context.indent + em * 0.3],
          }
        : context;
    for (const child of children) walk(child, inner);
  };

  walk(doc, { indent: 0, bars: [], item: null });
  const last = out.findLast((p) => p.runs.length);
  for (; next < markers.length && last; next++) last.runs.push(markerRun(markers[next]![1], em));
  return out;
}
