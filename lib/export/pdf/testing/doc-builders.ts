import type { DocNode } from '@/lib/documents/doc-node';

/** A text node, with marks by name ("bold", "italic", …). */
export const text = (value: string, ...marks: string[]): DocNode => ({
  type: 'text',
  text: value,
  ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}),
});

/** A paragraph of inline nodes; a string is plain text. */
export const para = (...inline: (DocNode | string)[]): DocNode => ({
  type: 'paragraph',
  content: inline.map((n) => (typeof n === 'string' ? text(n) : n)),
});

/** A heading of a level. */
export const heading = (level: number, value: string): DocNode => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});

/** A bullet or numbered list, one paragraph per item. */
export const list = (kind: 'bulletList' | 'orderedList', items: string[]): DocNode => ({
  type: kind,
  content: items.map((item) => ({ type: 'listItem', content: [para(item)] })),
});

/** A block quote of blocks. */
export const quote = (...blocks: DocNode[]): DocNode => ({ type: 'blockquote', content: blocks });

/** A document of blocks. */
export const doc = (...blocks: DocNode[]): DocNode => ({ type: 'doc', content: blocks });
