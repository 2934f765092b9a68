import { expect, test } from '@playwright/test';
import { signInViaApi, signUpViaUi, uniqueEmail } from './support/auth';

test('an API token is shown once, works as a bearer token, and stops working when revoked', async ({
  page,
  playwright,
  baseURL,
}) => {
  const email = uniqueEmail('tokens');
  await signUpViaUi(page, { name: 'Tess Token', email, password: 'scripts need tokens' });
  await page.goto('/settings');
  await expect(page.getByText('You have no API tokens.')).toBeVisible();
  await page.getByLabel('Token name').fill('grading script');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = (await page.getByTestId('new-token').textContent())!.trim();
  expect(secret).toMatch(/^sch_/);
  await expect(page.getByRole('list', { name: 'Your API tokens' })).toContainText('grading script');

  const api = await playwright.request.newContext({ baseURL });
  const anonymous = await api.get('/api/v1/me');
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error).toMatch(/Authorization: Bearer/);
  const me = await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email, name: 'Tess Token', courses: [] });

  await page.reload();
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Revoke grading script' }).click();
  await expect(page.getByText('You have no API tokens.')).toBeVisible();
  const revoked = await api.get('/api/v1/me', { headers: { Authorization: `Bearer ${secret}` } });
  expect(revoked.status()).toBe(401);
  await api.dispose();
});

test('the API reports a demo member’s courses with roles', async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  await signInViaApi(api, 'moderator@demo.test', 'demo-password');
  const me = await (await api.get('/api/v1/me')).json();
  expect(me.courses).toEqual([
    expect.objectContaining({ title: 'Close Reading 101', role: 'moderator' }),
  ]);
  expect(me).not.toHaveProperty('passwordHash');
  await api.dispose();
});

test('changing the password ends every session, including other devices', async ({
  page,
  browser,
}) => {
  const email = uniqueEmail('rotate');
  await signUpViaUi(page, { name: 'Rita Rotate', email, password: 'first long passphrase' });
  const laptop = await browser.newContext();
  await signInViaApi(laptop.request, email, 'first long passphrase');

  await page.goto('/settings');
  await page.getByLabel('Current password').fill('first long passphrase');
  await page.getByLabel('New password').fill('second long passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/signin/);

  // The other device's cookie is still a well-formed JWT, but no longer counts.
  expect((await laptop.request.get('/api/v1/me')).status()).toBe(401);
  const laptopPage = await laptop.newPage();
  await laptopPage.goto('/settings');
  await expect(laptopPage).toHaveURL(/\/signin/);
  await laptop.close();

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('second long passphrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Rita Rotate');
});

test('a wrong current password is explained and changes nothing', async ({ page }) => {
  await signUpViaUi(page, {
    name: 'Wendy',
    email: uniqueEmail('wrongpw'),
    password: 'first long passphrase',
  });
  await page.goto('/settings');
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password').fill('second long passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(
    page.getByText('Your current password is not correct. Enter it again.'),
  ).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});
