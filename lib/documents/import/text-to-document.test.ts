import { describe, expect, it } from 'vitest';
import { canonicalText } from '../canonical-text';
import type { DocNode } from '../doc-node';
import { assertInSchema } from './testing/assert-in-schema';
import { textToDocument } from './text-to-document';

const p = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const item = (text: string): DocNode => ({ type: 'listItem', content: [p(text)] });
const blocks = (source: string) => {
  const doc = textToDocument(source);
  assertInSchema(doc);
  return doc.content;
};

// Lines hard-wrapped at about 70 columns, as in mailing-list quotes.
const WRAPPED = [
  'Let us assume that Malenkov does manage to eliminate Beria, and also that',
  'with the aid of Mikoyan and others he manages to prevail over Molotov',
  'and Kaganovich, who want to change as few things as possible.',
];

describe('textToDocument', () => {
  it('splits paragraphs at blank lines, whatever the line endings', () => {
    expect(blocks('One.\r\n\r\nTwo.\r\rThree.\n\n\nFour.')).toEqual([
      p('One.'),
      p('Two.'),
      p('Three.'),
      p('Four.'),
    ]);
    expect(canonicalText(textToDocument('Two.\rThree.'))).toBe('Two.\nThree.');
  });

  it('turns a line of whitespace holding a no-break space into a divider, unlike a blank line', () => {
    expect(blocks('First post.\n\u00A0\nSecond post.\n \nStill second.')).toEqual([
      p('First post.'),
      { type: 'horizontalRule' },
      p('Second post.'),
      p('Still second.'),
    ]);
  });

  it('re-flows hard-wrapped prose into one paragraph joined by spaces', () => {
    expect(blocks(WRAPPED.join('\n'))).toEqual([p(WRAPPED.join(' '))]);
  });

  it('ends a wrapped paragraph at a short line and keeps short headings and captions apart', () => {
    const source = [
      ...WRAPPED.slice(0, 2),
      'Kaganovich.',
      'De-Stalinisation',
      ...WRAPPED,
      'Bukharin-1929.jpg',
    ];
    expect(blocks(source.join('\n'))).toEqual([
      p(`${WRAPPED[0]} ${WRAPPED[1]} Kaganovich.`),
      p('De-Stalinisation'),
      p(WRAPPED.join(' ')),
      p('Bukharin-1929.jpg'),
    ]);
  });

  it('keeps each long unwrapped line (a forum post) and its short author lines as their own paragraphs', () => {
    const post = 'Let us say Stalin is assassinated by an Old Bolshevik coup in 1936. '
      .repeat(4)
      .trim();
    expect(blocks(`Cook\n\nBanned\n${post}\nTop`)).toEqual([
      p('Cook'),
      p('Banned'),
      p(post),
      p('Top'),
    ]);
  });

  it('keeps consecutive short lines (verse, signatures) as lines of one paragraph', () => {
    expect(blocks('Dorozhand\nBanned\n\nRoses are red,\nviolets are blue.')).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Dorozhand' },
          { type: 'hardBreak' },
          { type: 'text', text: 'Banned' },
        ],
      },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Roses are red,' },
          { type: 'hardBreak' },
          { type: 'text', text: 'violets are blue.' },
        ],
      },
    ]);
  });

  it('makes bullet lists whose wrapped continuation lines join the item', () => {
    const source = [
      '● Role: A close Stalin confidant, Malenkov rose to prominence due to his loyalty',
      'and administrative efficiency.',
      '• Position: He briefly succeeded Stalin.',
      '- Dash item',
      '* Star item',
    ].join('\n');
    expect(blocks(source)).toEqual([
      {
        type: 'bulletList',
        content: [
          item(
            'Role: A close Stalin confidant, Malenkov rose to prominence due to his loyalty and administrative efficiency.',
          ),
          item('Position: He briefly succeeded Stalin.'),
          item('Dash item'),
          item('Star item'),
        ],
      },
    ]);
  });

  it('makes numbered lines ordered lists that keep their start number', () => {
    expect(blocks('1. Malenkov\n● Premier\n2. Beria\n3) Khrushchev\n\n7. Voroshilov')).toEqual([
      { type: 'orderedList', attrs: { start: 1 }, content: [item('Malenkov')] },
      { type: 'bulletList', content: [item('Premier')] },
      { type: 'orderedList', attrs: { start: 2 }, content: [item('Beria'), item('Khrushchev')] },
      { type: 'orderedList', attrs: { start: 7 }, content: [item('Voroshilov')] },
    ]);
  });

  it('keeps a stray ", ●" as a list item that starts with the comma', () => {
    expect(blocks('● Role: Premier\n, ● Role: NKVD chief\n● Downfall: 1953')).toEqual([
      {
        type: 'bulletList',
        content: [item('Role: Premier'), item(', Role: NKVD chief'), item('Downfall: 1953')],
      },
    ]);
  });

  it('ends a list at a short line and starts a paragraph after it', () => {
    expect(blocks('● Khrushchev consolidated control.\nKhrushchev emerges as victor.')).toEqual([
      { type: 'bulletList', content: [item('Khrushchev consolidated control.')] },
      p('Khrushchev emerges as victor.'),
    ]);
  });

  it('joins a bullet glyph alone on its line with the text on the next line', () => {
    expect(blocks('●\nRole: Premier')).toEqual([
      { type: 'bulletList', content: [item('Role: Premier')] },
    ]);
  });

  it('reads "- " or "12. " at the start of a wrapped line of prose as part of the sentence', () => {
    const source = [
      'The talented technocrats were either killed or scared into submission in',
      '- as far as anyone can tell - the purges, which left the army without',
      '15. of its most able commanders.',
    ];
    expect(blocks(source.join('\n'))).toEqual([p(source.join(' '))]);
  });

  it('keeps lines of symbols such as "***" as text', () => {
    expect(blocks('Before.\n\n***\n\nAfter.')).toEqual([p('Before.'), p('***'), p('After.')]);
  });

  it('drops control characters but keeps every word, including one after a form feed', () => {
    const doc = textToDocument('\uFEFFPage\u0007 one.\fPage two.');
    expect(canonicalText(doc)).toBe('Page one.\n\nPage two.');
  });

  it('gives an empty paragraph for input without words, as the schema needs a block', () => {
    expect(textToDocument('  \n\n ')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});
