import type { DocNode } from '../doc-node';
import { classifyLine, type TextLine } from './classify-line';

// Hard-wrapped text is wrapped at 60-100 columns; a longer line is a whole paragraph.
const MAX_WRAP = 150;
// Below this width a block is verse, an address or a signature, not wrapped prose.
const MIN_WRAP = 50;
// Text wrapped by a proportional font (as copied out of PDFs) leaves lines as short as
// about two thirds of the widest one; the last line of a paragraph is usually shorter.
const FULL_SHARE = 0.65;
const SHORT_LINE = 50;
// An image or attachment name on its own line is a caption, never the end of a sentence.
const STANDALONE = /^[\w.()-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|pdf)$/i;

interface Open {
  kind: 'paragraph' | 'item';
  // Lines joined by spaces; a new run starts after a hard break.
  runs: string[][];
  lastFull: boolean;
  allShort: boolean;
}

interface OpenList {
  node: DocNode & { content: DocNode[] };
  kind: 'bullet' | 'ordered';
  next: number;
}

function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028/g, '\n')
    .replace(/[\f\v\u2029]/g, '\n\n')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '');
}

const endsBlock = (line: TextLine | undefined) =>
  line?.kind === 'blank' || line?.kind === 'separator';

/**
 * For each line, whether it fills its block (the lines between blank lines) like a
 * hard-wrapped line of prose: close to the block's widest line of wrappable length.
 */
function fullLines(lines: string[], kinds: TextLine[]): boolean[] {
  const full = new Array<boolean>(lines.length).fill(false);
  for (let start = 0; start < lines.length;) {
    let end = start;
    let width = 0;
    for (; end < lines.length && !endsBlock(kinds[end]); end++) {
      const length = lines[end]?.length ?? 0;
      if (length <= MAX_WRAP) width = Math.max(width, length);
    }
    for (let i = start; i < end && width >= MIN_WRAP; i++) {
      const length = lines[i]?.length ?? 0;
      full[i] = length <= MAX_WRAP && length >= FULL_SHARE * width;
    }
    start = end + 1;
  }
  return full;
}

function inline(runs: string[][]): DocNode[] {
  const nodes: DocNode[] = [];
  for (const run of runs) {
    const text = run.join(' ');
    if (!text) continue;
    if (nodes.length) nodes.push({ type: 'hardBreak' });
    nodes.push({ type: 'text', text });
  }
  return nodes;
}

function paragraph(runs: string[][]): DocNode {
  const content = inline(runs);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/**
 * Turns plain text into editor JSON without losing or reordering any of its words:
 * blank lines end paragraphs, hard-wrapped lines are re-flowed, lines of whitespace with a
 * no-break space become dividers between posts, bullets and numbered lines become lists,
 * and short lines (author names, headings, captions) stay on lines of their own.
 */
export function textToDocument(source: string): DocNode {
  // Classified before trimming: trim() would also remove the no-break space of a separator.
  const untrimmed = normalise(source).split('\n');
  const kinds = untrimmed.map(classifyLine);
  const lines = untrimmed.map((line) => line.trim());
  const full = fullLines(lines, kinds);
  const blocks: DocNode[] = [];
  let open: Open | null = null;
  let list: OpenList | null = null;

  const closeOpen = () => {
    if (!open) return;
    const node = paragraph(open.runs);
    if (open.kind === 'item') list?.node.content.push({ type: 'listItem', content: [node] });
    else if (node.content) blocks.push(node);
    open = null;
  };
  const closeList = () => {
    if (list) blocks.push(list.node);
    list = null;
  };
  const startItem = (kind: OpenList['kind'], number: number, text: string) => {
    closeOpen();
    if (!list || list.kind !== kind || (kind === 'ordered' && number !== list.next)) {
      closeList();
      const node =
        kind === 'bullet'
          ? { type: 'bulletList', content: [] }
          : { type: 'orderedList', attrs: { start: number }, content: [] };
      list = { node, kind, next: number };
    }
    list.next = number + 1;
    open = { kind: 'item', runs: [text ? [text] : []], lastFull: false, allShort: false };
  };

  kinds.forEach((line, i) => {
    const raw = lines[i] ?? '';
    if (line.kind === 'blank') return closeOpen();
    if (line.kind === 'separator') {
      closeOpen();
      closeList();
      blocks.push({ type: 'horizontalRule' });
      return;
    }
    const current: Open | null = open;
    // After a full line of prose, "- " or "12. " is a wrapped dash or number, not a new item.
    const continuesProse = current?.kind === 'paragraph' && current.lastFull;
    if (line.kind === 'bullet' && (line.unambiguous || !continuesProse)) {
      startItem('bullet', 0, line.text);
    } else if (line.kind === 'ordered' && !continuesProse) {
      startItem('ordered', line.number, line.text);
    } else {
      const lastRun = current?.runs[current.runs.length - 1];
      const awaitsText =
        current?.kind === 'item' && current.runs.length === 1 && lastRun?.length === 0;
      const wraps = current && (current.lastFull || awaitsText) && raw.length <= MAX_WRAP;
      if (current && lastRun && wraps && !STANDALONE.test(raw)) {
        lastRun.push(raw);
        current.allShort = false;
      } else if (current?.kind === 'paragraph' && current.allShort && raw.length < SHORT_LINE) {
        current.runs.push([raw]);
      } else {
        closeOpen();
        closeList();
        open = {
          kind: 'paragraph',
          runs: [[raw]],
          lastFull: false,
          allShort: raw.length < SHORT_LINE,
        };
      }
    }
    if (open) open.lastFull = full[i] ?? false;
  });
  closeOpen();
  closeList();
  return { type: 'doc', content: blocks.length ? blocks : [{ type: 'paragraph' }] };
}
