import { generateHTML } from '@tiptap/html/server';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../doc-node';
import { documentExtensions } from '../editor/document-extensions';
import { importDocument } from './import-document';
import { assertInSchema } from './testing/assert-in-schema';
import { collectNodes } from './testing/collect-nodes';

const NODE_TYPES = new Set([
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'horizontalRule',
  'hardBreak',
  'codeBlock',
]);
const MARK_TYPES = new Set(['bold', 'italic', 'underline', 'strike', 'code', 'link']);

const HTML_PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r="1"/></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>x</details>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href=" JaVaScRiPt:alert(1)">click</a>',
  '<a href="javascript&#58;alert(1)">click</a>',
  '<a href="jav&#x09;ascript:alert(1)">click</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
  '<a href="https://ok.example/" onclick="alert(1)" onmouseover="alert(2)">click</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">go</button></form>',
  '<p style="width: expression(alert(1)); background: url(javascript:alert(2))">styled</p>',
  '<span style="font-weight: bold; background-image: url(javascript:alert(1))">bold</span>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<math href="javascript:alert(1)">click</math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<style>@import "javascript:alert(1)";</style>',
  '<scr<script>ipt>alert(1)</script>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:/">',
  '<template><img src=x onerror=alert(1)></template>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<div onclick="alert(1)" data-x="javascript:alert(2)">div</div>',
];

const MARKDOWN_PAYLOADS = [
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](javascript&#58;alert(1))',
  '[click](  javascript:alert(1) "t")',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](javascript:alert(1))',
  '[click][ref]\n\n[ref]: javascript:alert(1)',
  '<a href="javascript:alert(1)">click</a>',
  '<img src=x onerror=alert(1)>',
];

async function importAs(kind: 'html' | 'markdown', payload: string): Promise<DocNode> {
  const doc =
    kind === 'html'
      ? await importDocument({ kind, html: `<p>Before</p>${payload}<p>After</p>` })
      : await importDocument({ kind, markdown: `Before\n\n${payload}\n\nAfter` });
  // The words around the payload survive, so the checks below are not run on an empty document.
  expect(doc.text.startsWith('Before')).toBe(true);
  expect(doc.text.endsWith('After')).toBe(true);
  return doc.content;
}

function expectHarmless(content: DocNode): void {
  assertInSchema(content);
  for (const node of collectNodes(content)) {
    expect(NODE_TYPES).toContain(node.type);
    for (const mark of node.marks ?? []) {
      expect(MARK_TYPES).toContain(mark.type);
      if (mark.type === 'link') expect(String(mark.attrs?.href)).toMatch(/^(https?:|mailto:)/i);
    }
  }
  const html = generateHTML(content, documentExtensions());
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son\w+\s*=/i);
  expect(html).not.toMatch(/javascript:|vbscript:|data:text/i);
  expect(html).not.toMatch(/<(iframe|object|embed|form|svg|math|img|style|meta|base)\b/i);
}

describe('imported HTML and Markdown cannot carry script', () => {
  it.each(HTML_PAYLOADS)('HTML: %s', async (payload) => {
    expectHarmless(await importAs('html', payload));
  });

  it.each([...HTML_PAYLOADS, ...MARKDOWN_PAYLOADS])('Markdown: %s', async (payload) => {
    expectHarmless(await importAs('markdown', payload));
  });

  it('keeps the words of a link it disarms', async () => {
    const content = await importAs('html', '<p><a href="javascript:alert(1)">click here</a></p>');
    expect(collectNodes(content).some((node) => node.text === 'click here' && !node.marks)).toBe(
      true,
    );
  });

  it('keeps a safe link while removing its handlers', async () => {
    const content = await importAs(
      'html',
      '<p><a href="https://ok.example/" onclick="alert(1)">ok</a></p>',
    );
    const link = collectNodes(content).flatMap((node) => node.marks ?? [])[0];
    expect(link).toMatchObject({ type: 'link', attrs: { href: 'https://ok.example/' } });
  });

  it('leaves a javascript: autolink in Markdown as inert text, never a link', async () => {
    const doc = await importDocument({
      kind: 'markdown',
      markdown: 'Go <javascript:alert(1)> now',
    });
    expect(collectNodes(doc.content).flatMap((node) => node.marks ?? [])).toEqual([]);
    expect(generateHTML(doc.content, documentExtensions())).not.toMatch(/href=|<script/i);
  });
});
