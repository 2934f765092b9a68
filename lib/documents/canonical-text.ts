import { CANONICAL_TEXTBLOCKS, canonicalInlineText } from './canonical-inline-text';
import type { DocNode } from './doc-node';

function inlineText(node: DocNode): string {
  if (node.type === 'text' || !node.content)
    return canonicalInlineText(node.type, node.text, node.attrs);
  return node.content.map(inlineText).join('');
}

function collectBlocks(node: DocNode, out: string[]): void {
  if (CANONICAL_TEXTBLOCKS.has(node.type)) {
    const text = inlineText(node);
    if (text.trim()) out.push(text);
    return;
  }
  for (const child of node.content ?? []) collectBlocks(child, out);
}

/**
 * The canonical plain text of a document: the text of each non-empty text block
 * (paragraph, heading, code block, including those inside lists and quotes), in
 * order, separated by a blank line; a hard break is a newline. W3C selectors of
 * annotations index into this string, so it must be derived here and nowhere else.
 */
export function canonicalText(doc: DocNode): string {
  const blocks: string[] = [];
  collectBlocks(doc, blocks);
  return blocks.join('\n\n');
}
