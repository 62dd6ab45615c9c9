import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEml } from '@/lib/mail/eml';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers } from '@/prisma/factories';
import { newPage, signInWithForm } from '../support/browser';
import { openOwnSite, type OwnSite } from '../support/own-site';
import type { RunningServer } from '../support/servers';

// A pen pal's own account, from settings to deletion. Its own server and database (the build is the suite's): the
// journey deletes the demo pen pal, whom the other end-to-end files sign in as.
const PEN_PAL = demoUsers[2].email;
const NEW_EMAIL = 'pat.new@example.org';
const NEW_PASSWORD = 'lantern orchard velvet compass';

let site: OwnSite;
let server: RunningServer;
let browser: Browser;
let dataDir: string;
let password: string;

beforeAll(async () => {
  site = await openOwnSite('account', 40);
  ({ server, browser, dataDir } = site);
  password = demoPassword(dataDir, PEN_PAL);
}, 120_000);

afterAll(async () => {
  await site?.close();
});

async function signedIn(email: string, secret: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await newPage(browser, server.url, options);
  await page.goto('/signin');
  await signInWithForm(page, email, secret);
  return page;
}

/** The newest message in this server's outbox for `to`. */
function lastMailTo(to: string) {
  const outbox = path.join(dataDir, 'outbox');
  const mails = readdirSync(outbox)
    .filter((file) => file.endsWith('.eml'))
    .sort()
    .map((file) => parseEml(readFileSync(path.join(outbox, file), 'utf8')))
    .filter((mail) => mail.to === to);
  return mails.at(-1);
}

const visible = (page: Page, text: string | RegExp) => page.getByText(text).first().isVisible();

describe('a pen pal’s account', () => {
  it('without JavaScript: the account pages ask for sign-in, and settings keep what was typed until they save', async () => {
    const page = await newPage(browser, server.url, { javaScriptEnabled: false });
    await page.goto('/account/security');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/signin?next=%2Faccount%2Fsecurity');
    await signInWithForm(page, PEN_PAL, password);
    expect(new URL(page.url()).pathname).toBe('/account/security');

    await page.goto('/account');
    await page.getByLabel(/^Display name/).fill('');
    await page.getByLabel(/^About me/).fill('I write on Sunday afternoons.');
    await page.getByRole('checkbox', { name: 'Chess' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForLoadState('load');
    expect(await visible(page, 'There is a problem')).toBe(true);
    expect(await page.getByLabel(/^Display name/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(/^About me/).inputValue()).toBe('I write on Sunday afternoons.');
    expect(await page.getByRole('checkbox', { name: 'Chess' }).isChecked()).toBe(true);

    await page.getByLabel(/^Display name/).fill('Pat Writes');
    await page.getByLabel(/^Country you live in/).selectOption('CA');
    await page.getByRole('checkbox', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForLoadState('load');
    expect(await visible(page, 'Your details are saved.')).toBe(true);
    // The header names the pen pal on pages rendered per request, without JavaScript too.
    const header = page.getByRole('banner');
    await header.getByText('Pat Writes').click();
    expect(await header.getByRole('link', { name: 'Account' }).isVisible()).toBe(true);
    await page.goto('/account');
    expect(await page.getByLabel(/^Country you live in/).inputValue()).toBe('CA');
    await page.context().close();
  });

  it('with JavaScript: a failed save keeps the chosen country, and the saved message takes the focus', async () => {
    const page = await signedIn(PEN_PAL, password);
    await page.goto('/account');
    await page.getByLabel(/^Country you live in/).selectOption('MX');
    await page.getByLabel(/^Display name/).fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByLabel(/^Country you live in/).inputValue()).toBe('MX');
    await page.getByLabel(/^Display name/).fill('Pat Writes');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Your details are saved.'));
    expect(await page.getByLabel(/^Country you live in/).inputValue()).toBe('MX');
    await page.context().close();
  });

  it('the header menu on a prerendered page: the name, the account links, and signing out', async () => {
    const page = await signedIn(PEN_PAL, password);
    await page.goto('/about');
    const menu = page.getByRole('banner').getByText('Pat Writes');
    await menu.waitFor();
    await menu.click();
    const header = page.getByRole('banner');
    expect(await header.getByRole('link', { name: 'Favourites' }).isVisible()).toBe(true);
    expect(await header.getByRole('link', { name: 'Account' }).isVisible()).toBe(true);
    expect(await header.getByRole('link', { name: 'Moderation' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await header.getByRole('link', { name: 'Account' }).isVisible()).toBe(false);

    await menu.click();
    await header.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await header.getByRole('link', { name: 'Sign in' }).waitFor();
    await page.goto('/account');
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.context().close();

    const staff = await signedIn(demoUsers[1].email, demoPassword(dataDir, demoUsers[1].email));
    await staff.goto('/about');
    await staff.getByRole('banner').getByText('Morgan Moderator').click();
    expect(await staff.getByRole('banner').getByRole('link', { name: 'Moderation' }).isVisible()).toBe(true);
    await staff.context().close();
  });

  it('changing the password in one browser signs the other out', async () => {
    const here = await signedIn(PEN_PAL, password);
    const elsewhere = await signedIn(PEN_PAL, password);
    await here.goto('/account/security');
    expect(await visible(here, /^Where you are signed in \(\d browsers\)$/)).toBe(true);

    await here.getByLabel(/^Current password/).fill(password);
    await here.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await here.getByRole('button', { name: 'Change password' }).click();
    const done = 'Your password is changed, and every other browser signed in to your account has been signed out.';
    await here.getByText(done).waitFor();
    // The confirmation takes the focus, so a screen reader says it at once.
    await here.waitForFunction((text) => document.activeElement?.textContent?.includes(text), done);
    expect(await visible(here, 'Where you are signed in (this browser only)')).toBe(true);
    expect(lastMailTo(PEN_PAL)?.subject).toBe('Your password was changed');

    await elsewhere.goto('/account');
    expect(new URL(elsewhere.url()).pathname).toBe('/signin');
    await elsewhere.goto('/about');
    await elsewhere.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
    await elsewhere.context().close();
    password = NEW_PASSWORD;

    // A browser signed in again can be signed out from the list.
    const third = await signedIn(PEN_PAL, password);
    await here.reload();
    await here.getByRole('button', { name: /^Sign out of / }).click();
    await here.getByText('Where you are signed in (this browser only)').waitFor();
    // The button went with its row: the focus moves to the list's heading, which says how many are left.
    await here.waitForFunction(() => document.activeElement?.id === 'sessions');
    await third.goto('/account');
    expect(new URL(third.url()).pathname).toBe('/signin');
    await third.context().close();
    await here.context().close();
  });

  it('moves the account to a new address only when the link sent there is confirmed', async () => {
    const page = await signedIn(PEN_PAL, password);
    await page.goto('/account/email');
    await page.getByLabel(/^New email address/).fill(NEW_EMAIL);
    await page.getByLabel(/^Your current password/).fill(password);
    await page.getByRole('button', { name: 'Send the confirmation link' }).click();
    await page.getByText(`We have sent a link to ${NEW_EMAIL}`).waitFor();
    expect(lastMailTo(PEN_PAL)?.subject).toBe('A change of your email address was asked for');

    const link = /http:\/\/\S+\/account\/email\/confirm\/[\w-]+/.exec(lastMailTo(NEW_EMAIL)!.text)![0];
    await page.goto(new URL(link).pathname);
    expect(await visible(page, `Use ${NEW_EMAIL} as the email address of your account`)).toBe(true);
    await page.getByRole('button', { name: 'Use this address' }).click();
    await page.waitForURL((url) => url.search === '?changed=1');
    expect(await visible(page, `Done: your email address is now ${NEW_EMAIL}.`)).toBe(true);
    expect(lastMailTo(PEN_PAL)?.subject).toBe('Your email address has changed');

    await page.goto(new URL(link).pathname);
    expect(await visible(page, 'This link has expired or has already been used.')).toBe(true);
    await page.context().close();
  });

  it('downloads everything held about the pen pal as one JSON file, without secrets', async () => {
    const page = await signedIn(NEW_EMAIL, password);
    await page.goto('/account/data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download your data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^beyond-bars-account-\d{4}-\d\d-\d\d\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({
      email: NEW_EMAIL,
      name: 'Pat Writes',
      country: 'MX',
      // The demo pen pal's own interests and languages, which the settings test kept ticked.
      interests: ['books', 'chess', 'gardening', 'history', 'poetry'],
      languages: ['english', 'spanish'],
    });
    expect(data.auditEntries.map((entry: { action: string; by: string }) => `${entry.action} by ${entry.by}`)).toEqual([
      'account.password_change by you',
      'account.email_change by you',
    ]);
    expect(data.sessions.length).toBeGreaterThan(1);
    // The demo pen pal's three threads (prisma/demo-letters.ts).
    expect(data.letters.map((thread: { writingTo: string }) => thread.writingTo)).toHaveLength(3);
    expect(text).not.toMatch(/passwordHash|tokenHash|argon2/);
    await page.context().close();
  });

  it('without JavaScript: deletes the account, signs out, and the account cannot sign in again', async () => {
    const page = await signedIn(NEW_EMAIL, password, { javaScriptEnabled: false });
    await page.goto('/account/data');
    await page.getByLabel(/^Your password, to confirm/).fill('not the password');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForLoadState('load');
    expect(await visible(page, 'That is not your current password.')).toBe(true);

    await page.getByLabel(/^Your password, to confirm/).fill(password);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL((url) => url.pathname === '/account/deleted');
    expect(await visible(page, 'Your account is deleted')).toBe(true);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(lastMailTo(NEW_EMAIL)?.subject).toBe('Your account has been deleted');

    await page.goto('/signin');
    await page.getByLabel('Email').fill(NEW_EMAIL);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForLoadState('load');
    expect(await visible(page, 'That email and password do not match an active account.')).toBe(true);
    await page.context().close();
  });
});
