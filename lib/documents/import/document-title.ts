import type { DocNode } from '../doc-node';

const MAX_TITLE_LENGTH = 150;

function plain(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(plain).join('');
}

function tidy(text: string): string | null {
  const line = text.replace(/\s+/g, ' ').trim();
  return line && line.length <= MAX_TITLE_LENGTH ? line : null;
}

/**
 * A title read from the content itself, for formats without a title field: the first
 * level-1 heading, or with `firstLine` the first line when it stands alone and is short.
 */
export function documentTitle(content: DocNode, from: 'heading' | 'firstLine'): string | null {
  const blocks = content.content ?? [];
  if (from === 'heading') {
    const heading = blocks.find((node) => node.type === 'heading' && node.attrs?.level === 1);
    return heading ? tidy(plain(heading)) : null;
  }
  const first = blocks.find((node) => node.type !== 'horizontalRule');
  if (!first || (first.type !== 'paragraph' && first.type !== 'heading')) return null;
  const text = plain(first);
  return text.length <= MAX_TITLE_LENGTH || text.includes('\n')
    ? tidy(text.split('\n')[0] ?? '')
    : null;
}
