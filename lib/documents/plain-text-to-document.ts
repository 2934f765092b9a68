import type { DocNode } from './doc-node';

/**
 * Turns plain text into editor JSON (a paragraph per blank-line-separated block) and
 * canonical text (the paragraphs joined by a blank line). The import pipeline
 * (lib/documents import) builds on the same output shape for richer formats.
 */
export function plainTextToDocument(raw: string): { content: DocNode; text: string } {
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  return {
    content: {
      type: 'doc',
      content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    },
    text: paragraphs.join('\n\n'),
  };
}
