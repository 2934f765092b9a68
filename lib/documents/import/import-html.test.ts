import { describe, expect, it } from 'vitest';
import { importDocument } from './import-document';
import { assertInSchema } from './testing/assert-in-schema';
import { collectNodes } from './testing/collect-nodes';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function importHtml(html: string) {
  const doc = await importDocument({ kind: 'html', html });
  assertInSchema(doc.content);
  return doc;
}

const PAGE = `<!doctype html>
<html><head>
  <title>  The Thaw
    in Soviet Culture </title>
  <meta name="author" content="Ilya Ehrenburg">
  <link rel="canonical" href="https://example.org/thaw">
  <meta property="og:url" content="https://example.org/other">
  <style>p { color: red }</style>
</head><body>
  <h1>A heading</h1>
  <p>Some <b>bold</b>, <em>italic</em>, <u>underlined</u> and <s>struck</s> text with
     a <a href="https://example.org/x" onclick="steal()">link</a>.</p>
  <ul><li>One</li><li>Two</li></ul>
  <ol start="3"><li>Three</li></ol>
  <blockquote><p>Quoted</p></blockquote>
  <hr>
  <pre><code class="language-ts">const a = 1;</code></pre>
  <div>Loose <span style="font-weight: bold">div</span> text</div><div>next div</div>
  <table><tr><td>cell one</td><td>cell two</td></tr></table>
</body></html>`;

describe('importing HTML', () => {
  it('maps elements to the schema and keeps every word in order', async () => {
    const doc = await importHtml(PAGE);
    expect(doc.format).toBe('html');
    expect(doc.text).toBe(
      [
        'A heading',
        'Some bold, italic, underlined and struck text with a link.',
        'One',
        'Two',
        'Three',
        'Quoted',
        'const a = 1;',
        'Loose div text',
        'next div',
        'cell one',
        'cell two',
      ].join('\n\n'),
    );
    const types = new Set(collectNodes(doc.content).map((node) => node.type));
    for (const type of [
      'heading',
      'bulletList',
      'orderedList',
      'blockquote',
      'horizontalRule',
      'codeBlock',
    ]) {
      expect(types).toContain(type);
    }
    const marks = collectNodes(doc.content).flatMap((node) => node.marks ?? []);
    expect(marks.map((mark) => mark.type).sort()).toEqual([
      'bold',
      'bold',
      'italic',
      'link',
      'strike',
      'underline',
    ]);
    expect(marks.find((mark) => mark.type === 'link')?.attrs?.href).toBe('https://example.org/x');
    expect(collectNodes(doc.content).find((n) => n.type === 'orderedList')?.attrs?.start).toBe(3);
  });

  it('reads title, author and canonical address from the head', async () => {
    const doc = await importHtml(PAGE);
    expect(doc.title).toBe('The Thaw in Soviet Culture');
    expect(doc.author).toBe('Ilya Ehrenburg');
    expect(doc.sourceUrl).toBe('https://example.org/thaw');
  });

  it('falls back to the first h1 and og:url, and ignores a non-web canonical address', async () => {
    const doc = await importHtml(
      '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="http://example.org/og"><h2>Sub</h2><h1>Main</h1><p>x</p>',
    );
    expect(doc.title).toBe('Main');
    expect(doc.sourceUrl).toBe('http://example.org/og');
    expect(doc.author).toBeNull();
  });

  it('has no title or address when the page declares none', async () => {
    const doc = await importHtml('<p>Just a paragraph.</p>');
    expect(doc).toMatchObject({
      title: null,
      author: null,
      sourceUrl: null,
      text: 'Just a paragraph.',
    });
  });

  it('drops relative and in-page links but keeps their words', async () => {
    const doc = await importHtml(
      '<p><a href="/about">About</a> and <a href="#note-1">note</a></p>',
    );
    expect(doc.text).toBe('About and note');
    expect(collectNodes(doc.content).flatMap((node) => node.marks ?? [])).toEqual([]);
  });

  it.each([
    '<p>Hello, world.</p>',
    '<h2>Title</h2><p>Body text with <strong>marks</strong> and\n  odd   spacing.</p>',
    '<ul><li>a</li><li>b <em>c</em></li></ul><blockquote>quote</blockquote>',
  ])('round-trips the text of %s', async (html) => {
    const doc = await importHtml(html);
    const source = html.replace(/<[^>]+>/g, ' ');
    expect(squash(doc.text)).toBe(squash(source));
  });
});
