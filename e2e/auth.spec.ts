import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signInViaApi, signUpViaUi, uniqueEmail } from './support/auth';

test.describe('sign up', () => {
  test('creates an account and signs straight in', async ({ page }) => {
    await signUpViaUi(page, {
      name: 'Nora Newcomer',
      email: uniqueEmail(),
      password: 'reading slowly pays',
    });
    await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
    await expect(page.getByText('No documents yet.')).toBeVisible();
  });

  test('explains a duplicate email', async ({ page }) => {
    await page.goto('/signup');
    await page.getByLabel('Name').fill('Copycat');
    await page.getByLabel('Email').fill('student1@demo.test');
    await page.getByLabel('Password').fill('reading slowly pays');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(
      page.getByText('An account with this email already exists; sign in instead.'),
    ).toBeVisible();
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  test('explains a weak password and an invalid email', async ({ page }) => {
    await page.goto('/signup');
    await page.getByLabel('Name').fill('Shorty');
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(page.getByText('Use a password of at least 10 characters.')).toBeVisible();
    await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  });
});

test.describe('sign in and out', () => {
  test('a demo student signs in, reads a course document and signs out', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill('student1@demo.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-as')).toHaveText('Sam Student');
    await page.getByRole('link', { name: /Notes in the Margin/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Notes in the Margin' }),
    ).toBeVisible();
    await expect(page.getByText('Every used book carries a second text.')).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto('/settings');
    await expect(page).toHaveURL(
      /\/signin\?callbackUrl=%2Fsettings|\/signin\?callbackUrl=\/settings/,
    );
  });

  test('explains wrong credentials without saying which part was wrong', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Email').fill('student1@demo.test');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'That email and password do not match an account. Check them and try again.',
    );
  });

  test('slows down repeated failures for one account', async ({ page }) => {
    const email = uniqueEmail('limited');
    await signUpViaUi(page, { name: 'Limited', email, password: 'the right passphrase' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/signin/);
    for (let attempt = 1; attempt <= 6; attempt++) {
      await page.getByLabel('Email').fill(email);
      await page
        .getByLabel('Password')
        .fill(attempt === 6 ? 'the right passphrase' : `wrong guess ${attempt}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const expected =
        attempt === 6
          ? /Too many failed sign-ins\. Wait \d+ minutes? and try again\./
          : /do not match/;
      await expect(page.getByRole('main').getByRole('alert')).toHaveText(expected);
    }
  });

  test('shows no OAuth buttons when no provider is configured', async ({ page }) => {
    await page.goto('/signin');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Continue with/ })).toHaveCount(0);
  });
});

test.describe('access', () => {
  test('a stranger gets "not found" for a course document', async ({ page, browser }) => {
    const student = await browser.newContext();
    await signInViaApi(student.request, 'student1@demo.test', DEMO_PASSWORD);
    const studentPage = await student.newPage();
    await studentPage.goto('/');
    const href = await studentPage
      .getByRole('link', { name: /Notes in the Margin/ })
      .getAttribute('href');
    await student.close();

    await signUpViaUi(page, {
      name: 'Stranger',
      email: uniqueEmail('stranger'),
      password: 'outside the course',
    });
    const response = await page.goto(href!);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await expect(page.getByText('Every used book carries a second text.')).toHaveCount(0);
  });
});
