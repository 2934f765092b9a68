import {
  expect,
  type APIRequestContext,
  type Browser,
  type Page,
  type PlaywrightWorkerArgs,
} from '@playwright/test';
import { randomUUID } from 'node:crypto';

/** Every demo account's password. */
export const DEMO_PASSWORD = 'demo-password';

/** A fresh address, so tests never collide in the shared e2e database. */
export function uniqueEmail(label = 'e2e'): string {
  return `${label}-${randomUUID().slice(0, 8)}@test.example`;
}

/** Signs in through next-auth's credentials endpoint; the cookie lands in `request`'s context. */
export async function signInViaApi(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<void> {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as {
    csrfToken: string;
  };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password, json: 'true' },
  });
  expect(response.ok()).toBe(true);
  const me = await request.get('/api/v1/me');
  expect(me.status(), `sign-in as ${email} should succeed`).toBe(200);
}

/** A page in a new browser context, signed in as a demo account. */
export async function demoPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  await signInViaApi(context.request, email, DEMO_PASSWORD);
  return context.newPage();
}

/** Creates an account through the sign-up form and waits until the library shows. */
export async function signUpViaUi(
  page: Page,
  user: { name: string; email: string; password: string },
) {
  await page.goto('/signup');
  await expect(page.getByRole('button', { name: 'Create account' })).toBeEnabled();
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText(user.name);
}

/** A page in a new browser context, signed up through the form as a new person named `name`. */
export async function newPerson(
  browser: Browser,
  name: string,
  context: Parameters<Browser['newContext']>[0] = {},
): Promise<Page> {
  const page = await (await browser.newContext(context)).newPage();
  await signUpViaUi(page, {
    name,
    email: uniqueEmail(name.split(' ')[0]),
    password: 'reading together',
  });
  return page;
}

/**
 * A new person as an API client: signed up through POST /api/v1/accounts and signed in,
 * their session cookie in the returned context. For tests that need no browser.
 */
export async function newApiPerson(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  name: string,
): Promise<{ request: APIRequestContext; id: string }> {
  const request = await playwright.request.newContext({ baseURL });
  const email = uniqueEmail(name.split(' ')[0]);
  const password = 'reading together';
  const created = await request.post('/api/v1/accounts', { data: { name, email, password } });
  expect(created.status(), await created.text()).toBe(201);
  await signInViaApi(request, email, password);
  return { request, id: ((await created.json()) as { id: string }).id };
}
