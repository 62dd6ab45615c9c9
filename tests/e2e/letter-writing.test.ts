import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers } from '@/prisma/factories';
import { violations } from '../support/axe';
import { newPage, signInWithForm } from '../support/browser';
import { openOwnSite, type OwnSite } from '../support/own-site';
import type { RunningServer } from '../support/servers';

// A pen pal writes a letter from a profile, with JavaScript (autosave, reload, send) and without it (Save draft,
// Send, an error that keeps the text); an unverified one cannot send. Its own server and database: the journey
// sends letters and unverifies the demo pen pal.
const PEN_PAL = demoUsers[2].email;

let site: OwnSite;
let server: RunningServer;
let browser: Browser;
let dataDir: string;
let db: Database.Database;
let person: { slug: string; displayName: string };

beforeAll(async () => {
  site = await openOwnSite('letters', 50, async (env) => {
    db = new Database(path.join(env.DATA_DIR, 'letters.db'));
    person = db
      .prepare(
        `SELECT p."slug", p."displayName" FROM "Profile" p JOIN "Facility" f ON f."id" = p."facilityId"
         WHERE p."status" = 'published' AND p."lettersPausedAt" IS NULL AND f."postcardsOnly" = 0 ORDER BY p."slug" LIMIT 1`,
      )
      .get() as typeof person;
  });
  ({ server, browser, dataDir } = site);
}, 120_000);

afterAll(async () => {
  db?.close();
  await site?.close();
});

async function signedIn(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await newPage(browser, server.url, options);
  await page.goto('/signin');
  await signInWithForm(page, PEN_PAL, demoPassword(dataDir, PEN_PAL));
  return page;
}

/** Opens the profile and presses "Write a letter"; returns the letter's id from the composer's address. */
async function startWriting(page: Page): Promise<string> {
  await page.goto(`/profiles/${person.slug}`);
  await page
    .getByRole('button', { name: new RegExp(`^(Write a letter|Continue your letter) to ${person.displayName}$`) })
    .click();
  await page.waitForURL(/\/letters\/[^/?]+$/);
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

const letterRow = (id: string) =>
  db.prepare(`SELECT "status", "body" FROM "Letter" WHERE "id" = ?`).get(id) as { status: string; body: string };

const letterBox = (page: Page) => page.getByLabel('Your letter', { exact: true });

describe('writing a letter', () => {
  it('with JavaScript: the draft saves itself, comes back after a reload, and sends', async () => {
    const page = await signedIn();
    const id = await startWriting(page);
    const text = `Dear ${person.displayName},\n\nI found your profile today and wanted to say hello.`;
    await letterBox(page).fill(text);
    await page.getByText(/^Saved at /).waitFor({ timeout: 15_000 });
    expect(letterRow(id)).toEqual({ status: 'draft', body: text });

    await page.reload();
    expect(await letterBox(page).inputValue()).toBe(text);

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForURL(`**/letters/${id}?sent=1`);
    const heading = page.getByRole('heading', { name: `Your letter to ${person.displayName} is on its way to us` });
    await heading.waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'sent-heading');
    expect(await page.getByText('Screening, within 2 working days.').isVisible()).toBe(true);
    expect(letterRow(id).status).toBe('submitted');
    await page.context().close();
  });

  it('a second device is told about a newer copy instead of overwriting it, and a closed tab keeps its last words', async () => {
    const laptop = await signedIn();
    const id = await startWriting(laptop);
    const phone = await signedIn();
    await phone.goto(`/letters/${id}`);

    await letterBox(laptop).fill('Written on the laptop.');
    await laptop.getByText(/^Saved at /).waitFor({ timeout: 15_000 });
    await letterBox(phone).fill('Written on the phone.');
    await phone.getByText(/A newer copy was saved at .* on another device or tab/).waitFor({ timeout: 15_000 });
    expect(letterRow(id).body).toBe('Written on the laptop.');
    await phone.getByRole('button', { name: 'Save draft' }).click();
    await phone.getByText('Draft saved.').waitFor();
    expect(letterRow(id).body).toBe('Written on the phone.');
    await phone.context().close();

    await laptop.reload();
    expect(await letterBox(laptop).inputValue()).toBe('Written on the phone.');
    await letterBox(laptop).fill('Last words before closing the tab.');
    await laptop.close({ runBeforeUnload: true });
    await expect.poll(() => letterRow(id).body, { timeout: 10_000 }).toBe('Last words before closing the tab.');
  });

  it('without JavaScript: Save draft and Send are plain buttons, and an error keeps the text', async () => {
    const page = await signedIn({ javaScriptEnabled: false });
    const id = await startWriting(page);
    await letterBox(page).fill('A draft written without scripts.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForLoadState('load');
    await page.getByText('Draft saved.').waitFor();
    await page.goto(`/letters/${id}`);
    expect(await letterBox(page).inputValue()).toBe('A draft written without scripts.');

    const tooLong = 'Too long. '.repeat(901);
    await letterBox(page).fill(tooLong);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForLoadState('load');
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.getByText('Your letter was not sent.').waitFor();
    expect(await page.getByRole('link', { name: /Your letter: Keep your letter to 9,000 characters/ }).count()).toBe(1);
    expect(await letterBox(page).inputValue()).toBe(tooLong);
    expect(await letterBox(page).getAttribute('aria-invalid')).toBe('true');
    expect(letterRow(id).status).toBe('draft');

    await letterBox(page).fill('A short letter, sent without scripts.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.waitForURL(`**/letters/${id}?sent=1`);
    await page.getByRole('heading', { name: /is on its way to us$/ }).waitFor();
    expect(letterRow(id)).toEqual({ status: 'submitted', body: 'A short letter, sent without scripts.' });
    await page.context().close();
  });

  it('the profile, the composer with a rule warning and an error, the drafts and the confirmation pass axe', async () => {
    db.prepare(
      `UPDATE "Facility" SET "maxPages" = 1 WHERE "id" = (SELECT "facilityId" FROM "Profile" WHERE "slug" = ?)`,
    ).run(person.slug);
    const page = await signedIn();
    const id = await startWriting(page);
    expect(await violations(page)).toEqual([]);
    await letterBox(page).fill('A line of a long letter.\n'.repeat(60));
    await page.getByText(/^Printed, this letter takes 2 pages; .* accepts at most 1\./).waitFor();
    expect(await violations(page)).toEqual([]);
    await letterBox(page).fill('x'.repeat(9001));
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.getByText('Your letter was not sent.').waitFor();
    expect(await violations(page)).toEqual([]);

    const sent = db.prepare(`SELECT "id" FROM "Letter" WHERE "status" = 'submitted' LIMIT 1`).get() as { id: string };
    for (const path of [`/profiles/${person.slug}`, '/letters', `/letters/${sent.id}?sent=1`, `/letters/${sent.id}`]) {
      await page.goto(path);
      expect({ path, found: await violations(page) }).toEqual({ path, found: [] });
    }
    expect(id).not.toBe(sent.id);
    await page.context().close();
  });

  it('an unverified pen pal may write a draft but is asked to confirm their email and cannot send; the draft is kept', async () => {
    const page = await signedIn();
    const id = await startWriting(page);
    db.prepare(`UPDATE "User" SET "emailVerifiedAt" = NULL WHERE "email" = ?`).run(PEN_PAL);

    await page.goto(`/profiles/${person.slug}`);
    expect(
      await page.getByText(`Confirm your email address to send letters to ${person.displayName}.`).isVisible(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: /Continue your letter/ }).isVisible()).toBe(true);

    await page.goto(`/letters/${id}`);
    await letterBox(page).fill('Waiting for my email link.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText(/Please confirm your email address before sending letters/).waitFor();
    expect(await letterBox(page).inputValue()).toBe('Waiting for my email link.');
    expect(letterRow(id)).toEqual({ status: 'draft', body: 'Waiting for my email link.' });
    await page.context().close();
  });
});
