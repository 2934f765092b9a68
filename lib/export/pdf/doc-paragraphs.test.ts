import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '@/lib/documents/canonical-text';
import type { DocNode } from '@/lib/documents/doc-node';
import { textToDocument } from '@/lib/documents/import/text-to-document';
import { docParagraphs } from './doc-paragraphs';
import { doc, heading, list, para, quote, text } from './testing/doc-builders';

const style = { family: 'serif', size: 10, color: [0, 0, 0], offsets: true } as const;

const RICH = doc(
  heading(2, 'A heading'),
  para(
    'Plain ',
    text('bold', 'bold'),
    ' and ',
    text('both', 'bold', 'italic'),
    ' and ',
    text('code', 'code'),
  ),
  para('   '),
  list('bulletList', ['one', 'two']),
  {
    type: 'orderedList',
    attrs: { start: 3 },
    content: [{ type: 'listItem', content: [para('three'), list('bulletList', ['nested'])] }],
  },
  quote(para('quoted'), para(text('linked', 'link'))),
  { type: 'codeBlock', content: [text('x = 1\n  y = 2')] },
  { type: 'horizontalRule' },
  para('before', { type: 'hardBreak' }, 'after'),
);

/** Every run with an offset holds exactly the canonical text there, and together they hold all of it. */
function expectOffsetsAgree(content: DocNode) {
  const canonical = canonicalText(content);
  const covered = new Array<boolean>(canonical.length).fill(false);
  for (const p of docParagraphs(content, style)) {
    for (const run of p.runs) {
      if (run.start === undefined) continue;
      expect(canonical.slice(run.start, run.start + run.text.length)).toBe(run.text);
      for (let i = 0; i < run.text.length; i++) covered[run.start + i] = true;
    }
  }
  const missing = [...canonical].filter((c, i) => !covered[i] && c !== '\n');
  expect(missing).toEqual([]);
}

describe('docParagraphs', () => {
  it('takes text blocks exactly as the canonical text does, so offsets agree', () => {
    expectOffsetsAgree(RICH);
  });

  it('sets faces from marks, list markers, quote bars, code in mono, rules', () => {
    const ps = docParagraphs(RICH, style);
    expect(ps[0]).toMatchObject({ keepWithNext: true, runs: [{ face: 'serifBold', size: 13 }] });
    expect(ps[1]!.runs.map((r) => r.face)).toEqual([
      'serif',
      'serifBold',
      'serif',
      'serifBoldItalic',
      'serif',
      'mono',
    ]);
    expect(ps.map((p) => p.marker?.text ?? null)).toEqual([
      null,
      null,
      '•',
      '•',
      '3.',
      '•',
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(ps[6]!.bars).toHaveLength(1);
    expect(ps[7]!.runs[0]).toMatchObject({ decoration: 'underline' });
    expect(ps[8]!.runs[0]).toMatchObject({ face: 'mono', text: 'x = 1\n  y = 2' });
    expect(ps[9]!.rule).toBeDefined();
  });

  it('sets note numbers after the character before their offset, at the block’s end if that is a separator', () => {
    const content = doc(para('Alpha beta.'), para('Gamma'));
    const ps = docParagraphs(content, {
      ...style,
      markers: new Map([
        [5, '1'],
        [12, '2'],
        [13, '3,4'],
        [99, '5'],
      ]),
    });
    // 12 and 13 end on the separator after "beta.": their numbers go at that block's end.
    expect(ps.map((p) => p.runs.map((r) => r.text))).toEqual([
      ['Alpha', '1', ' beta.', '2', '3,4'],
      ['Gamma', '5'],
    ]);
    expect(ps[0]!.runs[1]).toMatchObject({ rise: 4, face: 'sansBold' });
    expect(ps[0]!.runs[1]!.start).toBeUndefined();
  });

  const corpus = path.resolve('../shared/corpus');
  it.skipIf(!existsSync(corpus))('agrees with the canonical text of every corpus document', () => {
    for (const name of readdirSync(corpus).filter((f) => f.endsWith('.txt'))) {
      expectOffsetsAgree(textToDocument(readFileSync(path.join(corpus, name), 'utf8')));
    }
  });
});
