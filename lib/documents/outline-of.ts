import type { DocNode } from './doc-node';

/** One heading of a document, for the table of contents. */
export interface OutlineEntry {
  /** The heading's position among all headings, which the reader turns into an anchor. */
  index: number;
  level: number;
  text: string;
}

function textOf(node: DocNode): string {
  return node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join('');
}

/** The document's headings, top-level and nested, in reading order. */
export function outlineOf(doc: DocNode): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const walk = (node: DocNode) => {
    if (node.type === 'heading') {
      const text = textOf(node).trim();
      if (text) out.push({ index: out.length, level: Number(node.attrs?.level ?? 1), text });
      return;
    }
    node.content?.forEach(walk);
  };
  walk(doc);
  return out;
}
