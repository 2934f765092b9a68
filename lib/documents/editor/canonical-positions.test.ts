import { describe, expect, it } from 'vitest';
import { canonicalText } from '../canonical-text';
import type { DocNode } from '../doc-node';
import { importDocument } from '../import/import-document';
import type { Node as PMNode } from '@tiptap/pm/model';
import { CANONICAL_TEXTBLOCKS, canonicalInlineText } from '../canonical-inline-text';
import { CanonicalPositions } from './canonical-positions';
import { documentSchema } from './document-schema';

// The plain definition: the document position of every canonical character, in order,
// with null for the blank line between blocks.
function positionsOf(doc: PMNode): (number | null)[] {
  const all: (number | null)[] = [];
  doc.descendants((node, pos) => {
    if (!CANONICAL_TEXTBLOCKS.has(node.type.name)) return true;
    const block: number[] = [];
    let chars = '';
    node.forEach((child, at) => {
      const text = canonicalInlineText(child.type.name, child.text, child.attrs);
      for (let i = 0; i < text.length; i++)
        block.push(child.isText ? pos + 1 + at + i : pos + 1 + at);
      chars += text;
    });
    if (!chars.trim()) return false;
    if (all.length) all.push(null, null);
    all.push(...block);
    return false;
  });
  return all;
}

async function check(content: DocNode) {
  const doc = documentSchema().nodeFromJSON(content);
  const text = canonicalText(content);
  const map = new CanonicalPositions(doc);
  expect(map.length).toBe(text.length);
  // fromPos of every position agrees with the plain definition: the next character at or after it.
  const chars = positionsOf(doc);
  expect(chars.length).toBe(text.length);
  for (let pos = 0; pos <= doc.content.size; pos++) {
    const next = chars.findIndex((p) => p !== null && p >= pos);
    expect(map.fromPos(pos), `position ${pos}`).toBe(next < 0 ? text.length : next);
  }
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') continue;
    const pos = map.toPos(i);
    expect(pos).toBe(chars[i]);
    expect(doc.textBetween(pos, pos + 1), `offset ${i}`).toBe(text[i]);
    expect(map.fromPos(pos)).toBe(i);
  }
}

describe('CanonicalPositions', () => {
  it('maps every character of headings, lists, quotes, breaks and dividers', async () => {
    const md =
      '# Title\n\nOne *two* three.\n\n- apple\n- pear\n\n> quoted\n> twice\n\n---\n\nLast  line';
    await check((await importDocument({ kind: 'markdown', markdown: md })).content);
  });

  it('maps forum text with post dividers and short author lines', async () => {
    const text = 'Ana\n\nBanned\nFirst post.\n\u00a0\nBen\n\nSecond post, with a\nwrapped line.';
    await check((await importDocument({ kind: 'text', text })).content);
  });

  it('turns a canonical range into the matching document range', async () => {
    const { content, text } = await importDocument({
      kind: 'text',
      text: 'Alpha beta.\n\nGamma delta.',
    });
    const doc = documentSchema().nodeFromJSON(content);
    const start = text.indexOf('beta.\n\nGamma');
    const { from, to } = new CanonicalPositions(doc).toRange(
      start,
      start + 'beta.\n\nGamma'.length,
    );
    expect(doc.textBetween(from, to, '\n\n')).toBe('beta.\n\nGamma');
  });
});
