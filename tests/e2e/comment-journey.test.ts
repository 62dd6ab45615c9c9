import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoUsers } from '@/prisma/factories';
import { violations } from '../support/axe';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';

const baseUrl = inject('baseUrl');
const ARTICLE = '/articles/staying-safe-as-a-pen-pal';
const READER_EMAIL = 'e2e-reader@example.org';
const BODY = `A reader's comment written with JavaScript turned off (${Date.now()}).`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function fillComment(page: Page, fields: { name: string; email: string; body: string }) {
  const form = page.locator('#respond form');
  await form.getByLabel(/^Comment/).fill(fields.body);
  await form.getByLabel(/^Name/).fill(fields.name);
  await form.getByLabel(/^Email/).fill(fields.email);
  return form;
}

describe('a reader, a moderator and the public page', () => {
  it('a reader without JavaScript gets field errors that keep the text, then the moderation notice', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(ARTICLE);
    // The minimum fill time is three seconds from the page being served.
    await page.waitForTimeout(3_200);

    let form = await fillComment(page, { name: 'Rosa Reader', email: 'not-an-email', body: BODY });
    await form.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForLoadState('load');
    form = page.locator('#respond form');
    await expect(
      form.getByText('Enter an email address such as name@example.org.', { exact: true }).isVisible(),
    ).resolves.toBe(true);
    expect(await form.getByLabel(/^Comment/).inputValue()).toBe(BODY);
    expect(await form.getByLabel(/^Name/).inputValue()).toBe('Rosa Reader');
    expect(await form.getByLabel(/^Email/).getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel(/^Email/).fill(READER_EMAIL);
    await form.getByRole('button', { name: 'Post comment' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { name: 'Your comment is awaiting moderation' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByText(BODY).isVisible()).resolves.toBe(true);
    await page.context().close();

    // Held, so not public yet.
    const html = await (await fetch(`${baseUrl}${ARTICLE}`)).text();
    expect(html.includes('written with JavaScript turned off')).toBe(false);
  });

  it('an admin signs in and approves it', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/admin/comments');
    expect(new URL(page.url()).pathname).toBe('/signin');
    await signInWithForm(page, demoUsers[0].email);
    expect(new URL(page.url()).pathname).toBe('/admin/comments');

    const card = page.locator('li', { hasText: BODY });
    await expect(card.getByText(READER_EMAIL).isVisible()).resolves.toBe(true);
    await card.getByRole('button', { name: /^Approve/ }).click();
    await page.getByText('1 comment: approved.').waitFor();
    await page.context().close();
  });

  it('the comment shows on the article at once, with no email address anywhere in the page', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    const response = await page.goto(ARTICLE);
    const html = await response!.text();
    expect(html.includes('written with JavaScript turned off')).toBe(true);
    await expect(page.getByRole('article', { name: 'Comment by Rosa Reader' }).isVisible()).resolves.toBe(true);
    expect(html.includes(READER_EMAIL)).toBe(false);
    // Only the program's own published contact address may appear.
    const emails = [...html.matchAll(/[\w.+-]+@[\w-]+\.[\w.-]+/g)].map((m) => m[0]);
    expect(new Set(emails)).toEqual(new Set(['hello@beyondbars.example']));
    await page.context().close();
  });

  it('no feed, sitemap or listing carries an email address', async () => {
    for (const path of ['/feed.xml', '/sitemap.xml', '/articles', '/']) {
      const body = await (await fetch(`${baseUrl}${path}`)).text();
      const emails = [...body.matchAll(/[\w.+-]+@[\w-]+\.[\w.-]+/g)]
        .map((m) => m[0])
        .filter((e) => e !== 'hello@beyondbars.example');
      expect({ path, emails }).toEqual({ path, emails: [] });
    }
  });

  it('a reader without JavaScript reports the comment from its own page, keeping what was typed on an error', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto(ARTICLE);
    const comment = page.getByRole('article', { name: 'Comment by Rosa Reader' });
    await comment.getByRole('link', { name: 'Report comment by Rosa Reader' }).click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toMatch(/^\/articles\/staying-safe-as-a-pen-pal\/comments\/\w+\/report$/);
    await page.getByRole('heading', { name: 'Report a comment' }).waitFor();
    expect(await page.getByText(BODY).isVisible()).toBe(true);

    // No reason chosen: the error summary, with the details kept.
    await page.getByLabel(/^Details/).fill('It names a person who asked not to be named.');
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.waitForLoadState('load');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await page.getByRole('link', { name: 'What is wrong: Choose a reason.' }).isVisible()).toBe(true);
    expect(await page.getByLabel(/^Details/).inputValue()).toBe('It names a person who asked not to be named.');

    await page.getByLabel('It shares someone’s private details').check();
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.waitForLoadState('load');
    await page.getByRole('heading', { name: 'Report sent' }).waitFor();
    expect(await page.getByText('A moderator will read the comment and your report').isVisible()).toBe(true);
    const reportPath = new URL(page.url()).pathname;
    await page.context().close();

    // axe runs in the page, so with JavaScript: the form, and its error summary (which takes the focus).
    const checked = await newPage(browser, baseUrl);
    await checked.goto(reportPath);
    expect({ path: 'comment report', violations: await violations(checked) }).toEqual({
      path: 'comment report',
      violations: [],
    });
    await checked.getByRole('button', { name: 'Send report' }).click();
    await checked.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await checked.waitForFunction(() => document.activeElement?.hasAttribute('data-error-summary'));
    expect({ path: 'comment report with errors', violations: await violations(checked) }).toEqual({
      path: 'comment report with errors',
      violations: [],
    });
    await checked.context().close();
  });

  it('a moderator finds it in the reports queue and moves the comment to the trash', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[0].email);
    await page.goto('/admin/reports');
    const card = page.locator('li.card', { hasText: BODY });
    expect(await card.getByRole('heading', { name: 'Comment: It shares someone’s private details' }).isVisible()).toBe(
      true,
    );
    expect(await card.getByText('It names a person who asked not to be named.').isVisible()).toBe(true);
    await card.getByLabel(/^Outcome/).selectOption('comment-trashed');
    await card.getByRole('button', { name: /^Resolve/ }).click();
    // Resolved, it leaves the open queue for the resolved one, with its outcome.
    await card.waitFor({ state: 'detached' });
    await page.goto('/admin/reports?tab=resolved');
    expect(await card.getByText('Comment moved to the trash').isVisible()).toBe(true);
    expect(await card.getByText('in the trash').isVisible()).toBe(true);
    await page.context().close();

    const html = await (await fetch(`${baseUrl}${ARTICLE}`)).text();
    expect(html.includes('written with JavaScript turned off')).toBe(false);
  });

  it('a pen pal cannot open the moderation console', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[2].email);
    expect(new URL(page.url()).pathname).toBe('/');
    const response = await page.goto('/admin/comments');
    expect(response!.status()).toBe(404);
    await page.context().close();
  });
});
