import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document';
import { assertInSchema } from './testing/assert-in-schema';

const squash = (text: string) => text.replace(/[\s\u00A0]+/g, ' ').trim();

describe('importing plain text', () => {
  it.each([
    'One line.',
    'Title\n\nFirst paragraph.\r\nSecond line of it.\n\n\nThird.',
    'Posts\n\u00A0\nseparated\n \u00A0 \nby no-break spaces.',
    'A hard-wrapped paragraph of prose, as old mail and Usenet posts have,\nwith its lines broken at about seventy columns by the sender’s client,\nand a short last line.\n\nThen “typographic quotes” — and dashes.',
  ])('round-trips the text of %j', async (text) => {
    const doc = await importDocument({ kind: 'text', text });
    assertInSchema(doc.content);
    expect(squash(doc.text)).toBe(squash(text));
  });

  it('imports pasted text like a .txt file, title included', async () => {
    const text = 'Cook\n\nBanned\nIf this was in early 1936 it would be before the Great Purge.';
    const pasted = await importDocument({ kind: 'text', text });
    const uploaded = await importDocument({
      kind: 'file',
      filename: 'thread.txt',
      bytes: new TextEncoder().encode(text),
    });
    expect(pasted).toEqual(uploaded);
    expect(pasted).toMatchObject({ format: 'txt', title: 'Cook', author: null, sourceUrl: null });
    expect(pasted.text).toBe(
      'Cook\n\nBanned\n\nIf this was in early 1936 it would be before the Great Purge.',
    );
  });

  it('has no title when the text opens with a long paragraph', async () => {
    const doc = await importDocument({ kind: 'text', text: `${'word '.repeat(40)}\n\nMore.` });
    expect(doc.title).toBeNull();
  });

  it('imports a 1 MB text with every paragraph', async () => {
    const paragraph = 'Stalin died in 1953 and a collective leadership followed him. '
      .repeat(4)
      .trim();
    const text = Array.from({ length: 4200 }, () => paragraph).join('\n\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const doc = await importDocument({ kind: 'text', text });
    expect(doc.content.content).toHaveLength(4200);
    expect(doc.text).toBe(text);
  });
});
