import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ParsedEml } from '@/lib/mail/eml';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';
import { waitForMail } from '../support/outbox-mail';

// A new pen pal signs up, confirms the address and signs in, without JavaScript; another forgets the password and
// resets it with JavaScript, which signs out the browser still holding the old session.

const baseUrl = inject('baseUrl');
const dataDir = inject('dataDir');
const RUN = Date.now();
const PASSWORD = 'copper kettle walks north';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

function linkIn(mail: ParsedEml, pathPrefix: string): string {
  const link = mail.text.split('\n').find((line) => line.startsWith(`${baseUrl}${pathPrefix}/`));
  if (!link) throw new Error(`no ${pathPrefix} link in:\n${mail.text}`);
  return link;
}

/** Fills in the whole sign-up form but for what `leaveOut` names. */
async function fillSignUp(page: Page, email: string, leaveOut: 'rules' | null = null) {
  await page.getByLabel(/^Display name/).fill('Jordan');
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByLabel(/^Country you live in/).selectOption('CA');
  await page.getByRole('checkbox', { name: 'Chess' }).check();
  await page.getByRole('checkbox', { name: 'Poetry' }).check();
  await page.getByRole('checkbox', { name: 'English' }).check();
  await page.getByRole('checkbox', { name: /I am 18 or older/ }).check();
  if (leaveOut !== 'rules') await page.getByRole('checkbox', { name: /program’s rules/ }).check();
}

async function isSignedIn(page: Page): Promise<boolean> {
  await page.goto('/signin');
  return new URL(page.url()).pathname !== '/signin';
}

describe('a new pen pal without JavaScript', () => {
  const email = `e2e-nojs-${RUN}@example.org`;

  it('signs up after a mistake, keeping what was typed, then confirms the address and signs in', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/signin');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.waitForURL((url) => url.pathname === '/signup');
    // The minimum fill time is three seconds from the page being served.
    await page.waitForTimeout(3_200);

    await fillSignUp(page, email, 'rules');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForLoadState('load');
    const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
    await expect(summary.getByRole('link').allTextContents()).resolves.toEqual([
      'The program’s rules: Please read and accept the program’s rules.',
    ]);
    // No script runs: the browser focuses the summary itself (autofocus).
    await page.locator('[data-error-summary]:focus').waitFor();
    expect(await page.getByLabel(/^Display name/).inputValue()).toBe('Jordan');
    expect(await page.getByLabel(/^Email/).inputValue()).toBe(email);
    expect(await page.getByLabel(/^Password/).inputValue()).toBe('');
    expect(await page.getByLabel(/^Country you live in/).inputValue()).toBe('CA');
    expect(await page.getByRole('checkbox', { name: 'Poetry' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /I am 18 or older/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /program’s rules/ }).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole('checkbox', { name: /program’s rules/ }).check();
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForLoadState('load');
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain(`We sent a link to ${email}.`);

    const link = linkIn(await waitForMail(dataDir, email, 'Confirm your email address'), '/verify-email');
    await page.goto(link);
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    await page.waitForLoadState('load');
    await page.getByText('Your email address is confirmed. Thank you.').waitFor();
    // Opening the link again finds it used.
    await page.goto(link);
    await page.getByText('This link has run out or has been used already.').waitFor();

    await page.goto(link.replace(/\/verify-email\/.*/, '/signin'));
    await signInWithForm(page, email, PASSWORD);
    expect(await isSignedIn(page)).toBe(true);
    await page.context().close();
  });
});

describe('a pen pal who forgot the password, with JavaScript', () => {
  const email = `e2e-reset-${RUN}@example.org`;
  const NEW_PASSWORD = 'lantern orchard gravel nine';

  it('asks for a link, chooses a new password and is signed in, while the old session ends', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/signup');
    await page.waitForTimeout(3_200);
    await fillSignUp(page, email);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    // Signed in elsewhere with the old password: this session must end when the password is reset.
    const elsewhere = await newPage(browser, baseUrl);
    await elsewhere.goto('/signin');
    await signInWithForm(elsewhere, email, PASSWORD);
    expect(await isSignedIn(elsewhere)).toBe(true);

    await page.goto('/signin');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL((url) => url.pathname === '/forgot-password');
    await page.getByLabel(/^Email/).fill(email);
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      `If ${email} belongs to an account, we have sent it a link`,
    );

    await page.goto(linkIn(await waitForMail(dataDir, email, 'Reset your password'), '/reset-password'));
    await page.getByLabel(/^New password/).fill('password1234');
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await page.locator('.field-error', { hasText: /easy to guess/ }).waitFor();
    await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Show password' }).click();
    expect(await page.getByLabel(/^New password/).getAttribute('type')).toBe('text');
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await page
      .getByText(
        'Your new password is set. You are signed in on this browser, and every other browser has been signed out.',
      )
      .waitFor();

    expect(await isSignedIn(page)).toBe(true);
    expect(await isSignedIn(elsewhere)).toBe(false);
    await waitForMail(dataDir, email, 'Your password was changed');
    await elsewhere.context().close();
    await page.context().close();
  });
});
