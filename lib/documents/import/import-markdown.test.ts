import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document';
import { assertInSchema } from './testing/assert-in-schema';
import { collectNodes } from './testing/collect-nodes';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function importMarkdown(markdown: string) {
  const doc = await importDocument({ kind: 'markdown', markdown });
  assertInSchema(doc.content);
  return doc;
}

describe('importing Markdown', () => {
  it('maps headings, emphasis, lists, quotes, code and links to the schema', async () => {
    const doc = await importMarkdown(
      [
        '# The Thaw',
        '',
        'Stalin died in **1953**; a *collective* leadership followed. See [the notes](https://example.org/n).',
        '',
        '- Malenkov',
        '- Beria',
        '',
        '3. Khrushchev',
        '4. Voroshilov',
        '',
        '> Quoted words',
        '',
        '```',
        'code line',
        '```',
        '',
        '---',
        '',
        'Line one  ',
        'line two',
      ].join('\n'),
    );
    expect(doc.format).toBe('md');
    expect(doc.title).toBe('The Thaw');
    expect(doc.text).toBe(
      [
        'The Thaw',
        'Stalin died in 1953; a collective leadership followed. See the notes.',
        'Malenkov',
        'Beria',
        'Khrushchev',
        'Voroshilov',
        'Quoted words',
        // Markdown ends a code block with a newline, and code keeps its whitespace.
        'code line\n',
        'Line one\nline two',
      ].join('\n\n'),
    );
    const nodes = collectNodes(doc.content);
    expect(nodes.find((node) => node.type === 'orderedList')?.attrs?.start).toBe(3);
    expect(nodes.some((node) => node.type === 'horizontalRule')).toBe(true);
    const link = nodes.flatMap((node) => node.marks ?? []).find((mark) => mark.type === 'link');
    expect(link?.attrs?.href).toBe('https://example.org/n');
  });

  it('treats inline HTML as untrusted', async () => {
    const doc = await importMarkdown('Hi <script>alert(1)</script><b onmouseover="x()">there</b>');
    expect(doc.text).toBe('Hi there');
    expect(JSON.stringify(doc.content)).not.toMatch(/alert|onmouseover/);
  });

  it.each([
    'Plain paragraph.\n\nSecond paragraph\nwrapped.',
    '## Heading\n\nText with `code` and _emphasis_.',
    '* one\n* two\n\n1. three',
  ])('round-trips the words of %j', async (markdown) => {
    const doc = await importMarkdown(markdown);
    const source = markdown.replace(/^#+ |^[*-] |^\d+\. |[`_]/gm, '').replace(/[`_]/g, '');
    expect(squash(doc.text)).toBe(squash(source));
  });
});
