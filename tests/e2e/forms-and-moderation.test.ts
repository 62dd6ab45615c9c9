import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers } from '@/prisma/factories';
import { newPage, signInWithForm } from '../support/browser';
import { openOwnSite, type OwnSite } from '../support/own-site';
import type { RunningServer } from '../support/servers';

// Forms that forgive and moderation without traps (issue 14). Its own server and database, as it posts comments
// (the comment rate limit counts per connection) and deletes them for ever.
const ARTICLE = '/articles/why-writing-matters';
const ADMIN = demoUsers[0].email;
const stamp = Date.now();

let site: OwnSite;
let server: RunningServer;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  site = await openOwnSite('forms', 85);
  ({ server, browser, dataDir } = site);
}, 120_000);

afterAll(async () => {
  await site?.close();
});

async function postComment(page: Page, fields: { name: string; email: string; body: string; remember?: boolean }) {
  const form = page.locator('#respond form');
  await form.getByLabel(/^Comment/).fill(fields.body);
  await form.getByLabel(/^Name/).fill(fields.name);
  await form.getByLabel(/^Email/).fill(fields.email);
  if (fields.remember) await form.getByLabel(/^Save my name/).check();
  await form.getByRole('button', { name: 'Post comment' }).click();
}

async function signedInAdmin(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await newPage(browser, server.url, options);
  await page.goto('/signin');
  await signInWithForm(page, ADMIN, demoPassword(dataDir, ADMIN));
  return page;
}

const commentRow = (page: Page, body: string) => page.locator('li.card', { hasText: body });

describe('comments a writer can follow', () => {
  const body = `A first comment on why writing matters (${stamp}).`;

  it('with JavaScript: the answer has its own focused panel and title, and "No comments yet" gives way to it', async () => {
    const page = await newPage(browser, server.url);
    await page.goto(ARTICLE);
    expect(await page.getByText('No comments yet. Start the conversation.').isVisible()).toBe(true);
    // The minimum fill time is three seconds from the page being served.
    await page.waitForTimeout(3_200);
    await postComment(page, { name: 'Robin Reader', email: 'robin.reader@example.org', body, remember: true });
    await page.getByRole('heading', { name: 'Your comment is awaiting moderation' }).waitFor();
    // Focus and title move in an effect once the panel is on screen.
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-confirmation'));
    await expect.poll(() => page.title()).toMatch(/^Your comment is awaiting moderation · /);
    expect(await page.getByText('No comments yet. Start the conversation.').isVisible()).toBe(false);

    // After a reload the writer still sees it in place, marked, and the form remembers them.
    await page.reload();
    const mine = page.getByRole('article', { name: 'Your comment, awaiting moderation' });
    await mine.waitFor();
    expect(await mine.getByText(body).isVisible()).toBe(true);
    expect(await page.getByText('No comments yet. Start the conversation.').isVisible()).toBe(false);
    const form = page.locator('#respond form');
    expect(await form.getByLabel(/^Name/).inputValue()).toBe('Robin Reader');
    expect(await form.getByLabel(/^Email/).inputValue()).toBe('robin.reader@example.org');
    expect(await form.getByLabel(/^Save my name/).isChecked()).toBe(true);
    await page.context().close();

    // Nobody else sees it.
    const other = await newPage(browser, server.url);
    await other.goto(ARTICLE);
    await other.waitForLoadState('networkidle');
    expect(await other.getByText(body).count()).toBe(0);
    await other.context().close();
  });

  it('without JavaScript: errors under "There is a problem", each linked to its field, what was typed kept', async () => {
    const page = await newPage(browser, server.url, { javaScriptEnabled: false });
    await page.goto(ARTICLE);
    await postComment(page, { name: '', email: 'not-an-email', body: 'Kept when the form comes back.' });
    await page.waitForLoadState('load');
    const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
    const links = await summary.getByRole('link').all();
    expect(await Promise.all(links.map((link) => link.innerText()))).toEqual([
      'Name: Please enter your name.',
      'Email: Enter an email address such as name@example.org.',
    ]);
    const target = (await links[1]!.getAttribute('href'))!;
    expect(await page.locator(target).getAttribute('name')).toBe('email');
    expect(
      await page
        .locator('#respond form')
        .getByLabel(/^Comment/)
        .inputValue(),
    ).toBe('Kept when the form comes back.');
    await page.context().close();
  });

  it('each comment has a permalink', async () => {
    const page = await newPage(browser, server.url, { javaScriptEnabled: false });
    await page.goto('/articles/how-to-write-your-first-letter');
    const first = page.locator('li[id^="comment-"]').first();
    const id = await first.getAttribute('id');
    expect(await first.locator('header a[href^="#comment-"]').first().getAttribute('href')).toBe(`#${id}`);
    await page.context().close();
  });
});

describe('forms that say what is wrong', () => {
  it('with JavaScript: a failed profile submission focuses "There is a problem" and puts "Error: " in the title', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/profiles/submit');
    await page.getByLabel(/^Gender/).selectOption('woman');
    await page
      .getByRole('group', { name: /^Date of birth/ })
      .getByLabel('Day')
      .fill('31');
    await page
      .getByRole('group', { name: /^Date of birth/ })
      .getByLabel('Month')
      .fill('2');
    await page.getByRole('combobox', { name: /^Facility( \*)?$/ }).selectOption('new');
    // The new facility's fields are revealed in place by the one choice.
    await page.getByLabel(/^Facility name/).fill('Cedar Hollow Work Camp');
    await page
      .getByLabel(/^About them/)
      .fill('Call me on (541) 555-0142, I like chess and letters about the sea and books.');
    await page.getByRole('button', { name: 'Send for review' }).click();
    const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
    await summary.waitFor();
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-error-summary'));
    await expect.poll(() => page.title()).toBe('Error: Submit a profile · Beyond Bars');
    expect(await summary.getByRole('link', { name: /^About them: This looks like a phone number/ }).count()).toBe(1);
    expect(await summary.getByRole('link', { name: 'Date of birth: Date of birth must include a year.' }).count()).toBe(
      1,
    );
    expect(
      await page
        .getByRole('group', { name: /^Date of birth/ })
        .getByLabel('Day')
        .inputValue(),
    ).toBe('31');
    expect(await summary.getByRole('link', { name: /^Facility state:/ }).getAttribute('href')).toBe('#facilityState');
    // Every control keeps its value; typed facility details stay in sight.
    expect(await page.getByLabel(/^Gender/).inputValue()).toBe('woman');
    expect(await page.getByLabel(/^Facility name/).isVisible()).toBe(true);
    expect(await page.getByLabel(/^Facility name/).inputValue()).toBe('Cedar Hollow Work Camp');
    await page.context().close();
  });

  it('without JavaScript: choosing "not in the list" reveals the facility fields (CSS), hidden until then', async () => {
    const page = await newPage(browser, server.url, { javaScriptEnabled: false });
    await page.goto('/profiles/submit');
    expect(await page.getByLabel(/^Facility name/).isVisible()).toBe(false);
    await page.getByRole('combobox', { name: /^Facility( \*)?$/ }).selectOption('new');
    expect(await page.getByLabel(/^Facility name/).isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('moderation without traps', () => {
  const spamBody = `Cheap watches, a comment to throw away (${stamp}).`;

  beforeAll(async () => {
    const page = await newPage(browser, server.url);
    await page.goto(ARTICLE);
    await page.waitForTimeout(3_200);
    await postComment(page, { name: 'Watch Seller', email: 'seller@example.org', body: spamBody });
    await page.getByRole('heading', { name: 'Your comment is awaiting moderation' }).waitFor();
    await page.context().close();
  }, 60_000);

  it('with JavaScript: the menu marks the page, Spam offers Undo, Delete for ever asks first, Apply with nothing selected hints', async () => {
    const page = await signedInAdmin();
    await page.goto('/admin/comments');
    const nav = page.getByRole('navigation', { name: 'Moderation' });
    expect(await nav.getByRole('link', { name: 'Comments' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Dashboard' }).getAttribute('aria-current')).toBeNull();

    await page.getByLabel('Bulk action for selected comments').selectOption('approve');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Nothing was selected: tick the box beside each comment you want to change.').waitFor();

    // The row acted on keeps its place and its size, saying what was done with Undo beside it: nothing moves under
    // the pointer, and the keyboard stays there.
    const row = commentRow(page, spamBody);
    const before = await row.boundingBox();
    const below = await row.locator('xpath=following-sibling::li[1]').boundingBox();
    await row.getByRole('button', { name: /^Spam/ }).click();
    await row.getByText('Comment by Watch Seller: marked as spam.').waitFor();
    expect(await row.boundingBox()).toEqual(before);
    if (below) expect(await row.locator('xpath=following-sibling::li[1]').boundingBox()).toEqual(below);
    expect(await row.getByRole('button', { name: /^Spam/ }).count()).toBe(0);
    await page.waitForFunction(() => document.activeElement?.id.startsWith('done-'));
    await row.getByRole('button', { name: 'Undo for the comment by Watch Seller' }).click();
    await row.getByRole('button', { name: /^Spam/ }).waitFor();
    expect(await row.getByText('Comment by Watch Seller: marked as spam.').count()).toBe(0);

    await commentRow(page, spamBody).getByRole('button', { name: /^Spam/ }).click();
    await page.getByText('1 comment: marked as spam.').waitFor();
    await page.goto('/admin/comments?status=spam');
    expect(
      await page
        .getByRole('navigation', { name: 'Moderation' })
        .getByRole('link', { name: 'Comments' })
        .getAttribute('aria-current'),
    ).toBe('page');
    await commentRow(page, spamBody)
      .getByRole('button', { name: /^Delete for ever/ })
      .click();
    await page.getByText('Delete 1 comment for ever? This cannot be undone.').waitFor();
    // Asking changed nothing.
    expect(await commentRow(page, spamBody).count()).toBe(1);
    await page.getByRole('button', { name: 'Yes, delete for ever' }).click();
    await page.getByText('1 comment: deleted for ever.').waitFor();
    await commentRow(page, spamBody).getByText('Comment by Watch Seller: deleted for ever.').waitFor();
    expect(await commentRow(page, spamBody).getByRole('button').count()).toBe(0);

    // Select all ticks every row.
    await page.goto('/admin/comments?status=pending');
    await page.getByLabel('Select all').check();
    const boxes = page.locator('input[name="ids"]');
    expect(await boxes.count()).toBeGreaterThan(0);
    for (const box of await boxes.all()) expect(await box.isChecked()).toBe(true);
    await page.context().close();
  });

  it('without JavaScript: Delete for ever asks first too, and a nav link for a deeper page is marked', async () => {
    const writer = await newPage(browser, server.url);
    const body = `A second comment to delete without JavaScript (${stamp}).`;
    await writer.goto(ARTICLE);
    await writer.waitForTimeout(3_200);
    await postComment(writer, { name: 'Watch Seller', email: 'seller2@example.org', body });
    await writer.getByRole('heading', { name: 'Your comment is awaiting moderation' }).waitFor();
    await writer.context().close();

    const page = await signedInAdmin({ javaScriptEnabled: false });
    await page.goto('/admin/comments');
    await commentRow(page, body)
      .getByRole('button', { name: /^Trash/ })
      .click();
    await page.waitForLoadState('load');
    // In its place, with Undo beside it; Undo puts it back in the queue.
    const row = commentRow(page, 'Comment by Watch Seller: moved to the trash.');
    expect(await row.getByRole('button', { name: 'Undo for the comment by Watch Seller' }).isVisible()).toBe(true);
    await row.getByRole('button', { name: /^Undo/ }).click();
    await page.waitForLoadState('load');
    await commentRow(page, body)
      .getByRole('button', { name: /^Trash/ })
      .click();
    await page.waitForLoadState('load');
    expect(await commentRow(page, 'Comment by Watch Seller: moved to the trash.').isVisible()).toBe(true);
    await page.goto('/admin/comments?status=trash');
    await commentRow(page, body)
      .getByRole('button', { name: /^Delete for ever/ })
      .click();
    await page.waitForLoadState('load');
    expect(await page.getByText('Delete 1 comment for ever? This cannot be undone.').isVisible()).toBe(true);
    await page.goto('/admin/comments?status=trash');
    expect(await commentRow(page, body).count()).toBe(1);
    await commentRow(page, body)
      .getByRole('button', { name: /^Delete for ever/ })
      .click();
    await page.waitForLoadState('load');
    await page.getByRole('button', { name: 'Yes, delete for ever' }).click();
    await page.waitForLoadState('load');
    expect(await page.getByText('1 comment: deleted for ever.').isVisible()).toBe(true);

    await page.goto('/admin/letters/intake');
    const nav = page.getByRole('navigation', { name: 'Moderation' });
    expect(await nav.getByRole('link', { name: 'Reply intake' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Letters' }).getAttribute('aria-current')).toBeNull();
    await page.context().close();
  });
});
