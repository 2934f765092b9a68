import { expect, test } from '@playwright/test';
import { signUpViaUi, uniqueEmail } from './support/auth';

const HTML = [
  '<p>Visible &lt;script&gt;alert("as text")&lt;/script&gt; stays text.</p>',
  '<script>alert("script")</script>',
  '<img src="x" onerror="alert(\'img\')">',
  '<svg onload="alert(\'svg\')"><circle r="1"/></svg>',
  '<p><a href="javascript:alert(\'link\')">bad link</a> and <a href="jav&#x09;ascript:alert(1)">tabbed</a></p>',
  '<iframe src="javascript:alert(\'iframe\')"></iframe>',
  '<p onmouseover="alert(\'hover\')" style="background:url(javascript:alert(1))">hover me</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("mxss")></style></mglyph></table></mtext></math>',
  '<details open ontoggle="alert(\'toggle\')"><summary>s</summary></details>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
].join('\n');

const MARKDOWN = [
  'Markdown with [a bad link](javascript:alert(1)) and <img src=x onerror=alert(2)>.',
  '',
  '<script>alert(3)</script>',
  '',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and `<b>code</b>`',
].join('\n');

for (const [kind, body] of [
  ['html', HTML],
  ['markdown', MARKDOWN],
] as const) {
  test(`hostile ${kind} imports as text and never runs`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signUpViaUi(page, {
      name: 'Mallory',
      email: uniqueEmail('xss'),
      password: 'nothing runs here',
    });
    const res = await page.request.post('/api/v1/documents', {
      data: { title: `Hostile ${kind}`, [kind]: body },
    });
    expect(res.status()).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await page.goto(`/documents/${id}`);
    const article = page.getByRole('article', { name: 'Document text' });
    await expect(article).toBeVisible();
    // Give any injected handler (onload, onerror, ontoggle) its chance to fire.
    await page.waitForLoadState('networkidle');
    const html = await article.innerHTML();
    expect(html).not.toMatch(/<script|<iframe|<svg|<math|<img|\son\w+=|javascript:|data:text/i);
    for (const href of await article
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href === null || /^(https?:|mailto:)/.test(href)).toBe(true);
    }
    if (kind === 'html')
      await expect(article).toContainText('Visible <script>alert("as text")</script> stays text.');
    else await expect(article).toContainText('<b>code</b>');
    expect(dialogs).toEqual([]);
  });
}
