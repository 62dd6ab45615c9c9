import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoUsers } from '@/prisma/factories';
import { violations } from '../support/axe';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';

// axe-core on every kind of page (tests/support/axe.ts).
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('automated WCAG checks', () => {
  it('public pages, including a form showing its errors', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/profiles');
    const profile = await page.locator('main article a').first().getAttribute('href');
    const gone = 'x'.repeat(32);
    for (const path of [
      '/',
      '/articles',
      '/articles/staying-safe-as-a-pen-pal',
      '/profiles',
      profile!,
      '/safety',
      '/signin',
      '/signup',
      '/forgot-password',
      `/verify-email/${gone}`,
      `/reset-password/${gone}`,
    ]) {
      await page.goto(path);
      expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
    }
    await page.goto('/profiles/submit');
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect({ path: 'submit with errors', violations: await violations(page) }).toEqual({
      path: 'submit with errors',
      violations: [],
    });
    await page.goto('/signup');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect({ path: 'sign-up with errors', violations: await violations(page) }).toEqual({
      path: 'sign-up with errors',
      violations: [],
    });
    await page.context().close();
  });

  it('a pen pal’s account pages, the header menu open, and a settings form showing its errors', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[2].email);
    for (const path of [
      '/account',
      '/account/security',
      '/account/data',
      '/account/email',
      '/account/email/confirm/not-a-real-token-at-all',
    ]) {
      await page.goto(path);
      expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
    }
    await page.getByRole('banner').getByText(demoUsers[2].name).click();
    expect({ path: 'header menu open', violations: await violations(page) }).toEqual({
      path: 'header menu open',
      violations: [],
    });
    await page.goto('/account');
    await page.getByLabel(/^Display name/).fill('');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect({ path: 'settings with errors', violations: await violations(page) }).toEqual({
      path: 'settings with errors',
      violations: [],
    });
    await page.context().close();
  });

  it('pen pal pages: the directory with save buttons, and saved profiles', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[2].email);
    await page.goto('/profiles');
    const unsaved = page
      .locator('main article')
      .filter({ has: page.getByRole('button', { pressed: false }) })
      .first();
    const card = page.locator(`article#${await unsaved.getAttribute('id')}`);
    const name = (await card.locator('h2').innerText()).trim();
    await card.getByRole('button', { name: `Save ${name}` }).click();
    await card.getByRole('button', { name: `Saved ${name}`, pressed: true }).waitFor();
    expect({ path: '/profiles signed in', violations: await violations(page) }).toEqual({
      path: '/profiles signed in',
      violations: [],
    });
    await page.goto('/account/favourites');
    expect({ path: '/account/favourites', violations: await violations(page) }).toEqual({
      path: '/account/favourites',
      violations: [],
    });
    // Leave the list as it was.
    await page.getByRole('button', { name: `Saved ${name}` }).click();
    await page.locator('main article', { hasText: name }).waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('moderation pages', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[1].email);
    await page.goto('/admin/profiles');
    const review = await page.getByRole('link', { name: 'Review' }).first().getAttribute('href');
    const paths = ['/admin', '/admin/comments', '/admin/profiles', review!, `${review!}?paper=renew`, '/admin/reports'];
    for (const path of [...paths, `${review!}/paper-form`, '/admin/forms', '/admin/forms?code=nope&request=renew']) {
      await page.goto(path);
      expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
    }
    await page.context().close();
  });

  it('admin pages: users, a user, settings showing an error, the audit log', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[0].email);
    await page.goto('/admin/users?q=penpal');
    const user = await page.getByRole('link', { name: demoUsers[2].name }).getAttribute('href');
    for (const path of ['/admin/users', user!, '/admin/audit', '/admin/settings']) {
      await page.goto(path);
      expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
    }
    // A settings section showing its errors (the summary and the fields), without saving anything.
    await page.getByLabel('Letters a day', { exact: true }).fill('0');
    await page.getByRole('button', { name: 'Save letter limits' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('a page not found has one header and one footer inside every layout, and passes the checks', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[2].email);
    for (const path of [
      '/no-such-page',
      '/profiles/no-such-person',
      '/inbox/no-such-thread',
      '/letters/no-such-letter',
      '/admin/users',
    ]) {
      const response = await page.goto(path);
      expect({ path, status: response!.status() }).toEqual({ path, status: 404 });
      // A 404 thrown inside a streamed page can reach the document after the load event: wait for it.
      const heading = page.getByRole('heading', { name: 'Page not found' });
      await heading.first().waitFor();
      expect(await heading.count()).toBe(1);
      await expect.poll(() => page.title(), { message: path }).toBe('Page not found · Beyond Bars');
      expect(await page.locator('header').count()).toBe(1);
      expect(await page.locator('footer').count()).toBeLessThanOrEqual(1);
      expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
    }
    await page.context().close();
  });
});

// Every letters page, at the desktop and the phone width: the pen pal's and the console's. SHOTS_DIR keeps a
// screenshot of each, for looking at them.
describe.each([
  ['1280', { width: 1280, height: 900 }],
  ['390', { width: 390, height: 844 }],
] as const)('letters pages at %s px', (label, viewport) => {
  async function check(page: Page, path: string) {
    const response = await page.goto(path);
    expect({ path, status: response!.status() }).toEqual({ path, status: 200 });
    if (process.env.SHOTS_DIR)
      await page.screenshot({
        path: `${process.env.SHOTS_DIR}/${label}${path.replace(/[^a-z0-9]+/gi, '_')}.png`,
        fullPage: true,
      });
    expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
  }

  it('the pen pal’s: drafts, the composer, the inbox, a thread and stop writing', async () => {
    const page = await newPage(browser, baseUrl, { viewport });
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[2].email);
    await page.goto('/letters');
    const letter = await page.locator('main a[href^="/letters/"]').first().getAttribute('href');
    await page.goto('/inbox');
    const thread = await page.locator('main a[href^="/inbox/"]').first().getAttribute('href');
    for (const path of ['/letters', letter!, '/inbox', thread!, `${thread!}/stop`]) await check(page, path);
    await page.context().close();
  });

  it('the console’s: screening, print queue, a batch, its print view, the ledger and intake', async () => {
    const page = await newPage(browser, baseUrl, { viewport });
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[0].email);
    await page.goto('/admin/letters/print');
    const batch = await page.locator('main a[href^="/admin/letters/batches/"]').first().getAttribute('href');
    await page.goto(`${batch!}/print`);
    const code = (await page
      .getByText(/^Write back to:/)
      .first()
      .textContent())!.match(/Put (\S+) on the/)![1]!;
    for (const path of [
      '/admin/letters',
      '/admin/letters/print',
      batch!,
      `${batch!}/print`,
      '/admin/letters/ledger',
      '/admin/letters/intake',
      `/admin/letters/intake?code=${code}`,
    ])
      await check(page, path);
    await page.context().close();
  });
});
