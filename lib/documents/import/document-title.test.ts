import { describe, expect, it } from 'vitest';
import type { DocNode } from '../doc-node';
import { documentTitle } from './document-title';

const p = (...texts: string[]): DocNode => ({
  type: 'paragraph',
  content: texts.flatMap((text, i) => [
    ...(i ? [{ type: 'hardBreak' }] : []),
    { type: 'text', text },
  ]),
});
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const h = (level: number, text: string): DocNode => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
});

describe('documentTitle', () => {
  it('takes a short first paragraph, or the first line of a paragraph of lines, after any divider', () => {
    expect(documentTitle(doc(p('  A   short title '), p('Body')), 'firstLine')).toBe(
      'A short title',
    );
    expect(documentTitle(doc({ type: 'horizontalRule' }, p('Cook', 'Banned')), 'firstLine')).toBe(
      'Cook',
    );
  });

  it('has no title when the first paragraph is long prose or a list', () => {
    expect(documentTitle(doc(p('word '.repeat(40))), 'firstLine')).toBeNull();
    expect(documentTitle(doc({ type: 'bulletList', content: [] }), 'firstLine')).toBeNull();
  });

  it('takes the first level-1 heading', () => {
    expect(documentTitle(doc(h(2, 'Sub'), p('x'), h(1, 'Main')), 'heading')).toBe('Main');
    expect(documentTitle(doc(h(2, 'Sub')), 'heading')).toBeNull();
  });
});
