import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signInViaApi } from './support/auth';

test('pages carry a nonce-based CSP and security headers, and the reader runs under it without violations', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  const signin = await page.goto('/signin');
  const headers = signin!.headers();
  const policy = headers['content-security-policy']!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain(`frame-ancestors 'none'`);
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-content-type-options']).toBe('nosniff');
  // A fresh nonce per response, and Next's own scripts carry it.
  const nonce = /'nonce-([^']+)'/.exec(policy)![1]!;
  const again = (await page.request.get('/signin')).headers()['content-security-policy']!;
  expect(again).not.toContain(nonce);
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);

  await signInViaApi(page.context().request, 'student1@demo.test', DEMO_PASSWORD);
  await page.goto('/');
  await page
    .getByRole('link', { name: /A Short History of the Reading Room/ })
    .first()
    .click();
  await expect(page.getByTestId('collab-status')).toHaveText('Live');
  await expect(page.getByTestId('annotation-card').first()).toBeVisible();
  expect(violations).toEqual([]);
  // An inline script the parser meets without the nonce does not run.
  const ran = await page.evaluate(async () => {
    document.open();
    document.write('<p>x</p><script>window.__injected = true</script>');
    document.close();
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
