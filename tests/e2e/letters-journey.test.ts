import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createClient, type Database } from '@/lib/db/client';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers, facilityData, profileData } from '@/prisma/factories';
import { newPage, signInWithForm } from '../support/browser';
import { openOwnSite, type OwnSite } from '../support/own-site';
import type { RunningServer } from '../support/servers';

// The whole loop of one letter, each step through the pages its people use: a pen pal writes (autosave, reload),
// a moderator sends it back, the pen pal fixes it without JavaScript, the moderator approves, the mailroom batches,
// prints and posts it, a reply comes back by post with a scanned page, the pen pal reads it, stops writing, and the
// closing letter goes into the next batch. Another pen pal can open none of it. Its own server and database.
const [, MODERATOR, PEN_PAL] = demoUsers;
const MAILROOM = 'mailroom@journey.example';
const OTHER = 'other@journey.example';
const PASSWORD = 'harbour lantern quietly seven';
const PHONE = '555 201 3344';

let site: OwnSite;
let server: RunningServer;
let browser: Browser;
let dataDir: string;
let db: Database;
let person: { id: string; slug: string; displayName: string };

beforeAll(async () => {
  site = await openOwnSite('journey', 30, async (env) => {
    db = createClient(env.DATABASE_URL);
    // The demo's own letters (in screening, in the print queue) are not this file's: it counts its own.
    await db.thread.deleteMany();
    await db.batch.deleteMany();
    const passwordHash = await hashPassword(PASSWORD);
    await db.user.createMany({
      data: [
        { email: MAILROOM, name: 'Mo Mailroom', role: 'mailroom', passwordHash, emailVerifiedAt: new Date() },
        { email: OTHER, name: 'Other Writer', role: 'penpal', passwordHash, emailVerifiedAt: new Date() },
      ],
    });
    const facility = await db.facility.create({ data: facilityData() });
    person = await db.profile.create({ data: profileData(facility, { displayName: 'Journey J.' }) });
  });
  ({ server, browser, dataDir } = site);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await site?.close();
});

async function signedIn(email: string, password: string, javaScriptEnabled = true): Promise<Page> {
  const page = await newPage(browser, server.url, { javaScriptEnabled });
  await page.goto('/signin');
  await signInWithForm(page, email, password);
  return page;
}
const penPal = (javaScriptEnabled = true) =>
  signedIn(PEN_PAL.email, demoPassword(dataDir, PEN_PAL.email), javaScriptEnabled);
const moderator = (javaScriptEnabled = true) =>
  signedIn(MODERATOR.email, demoPassword(dataDir, MODERATOR.email), javaScriptEnabled);
const mailroom = () => signedIn(MAILROOM, PASSWORD);

const letterBox = (page: Page) => page.getByLabel('Your letter', { exact: true });
const queueCard = (page: Page) => page.locator('article').filter({ hasText: person.displayName });

async function scannedPage() {
  const file = path.join(dataDir, 'reply-scan.jpg');
  await sharp({ create: { width: 850, height: 1100, channels: 3, background: '#fbfaf4' } })
    .jpeg()
    .toFile(file);
  return file;
}

/** Creates a batch of everything approved, checks its PDF has a page per planned sheet, and returns the code printed. */
async function batchAndPrint(page: Page): Promise<{ batchId: string; code: string }> {
  await page.goto('/admin/letters/print');
  await page.getByRole('button', { name: /^Create batch of all/ }).click();
  await page.waitForURL(/\/admin\/letters\/batches\/\w+/);
  const batchId = new URL(page.url()).pathname.split('/').at(-1)!;
  const print = await page.context().newPage();
  await print.goto(`/admin/letters/batches/${batchId}/print`);
  const footer = (await print
    .getByText(/^Write back to:/)
    .first()
    .textContent())!;
  const code = footer.match(/Put ([0-9A-Z]{4}-[0-9A-Z*~$=]{4}) on the/)![1]!;
  await print.emulateMedia({ media: 'print' });
  const pdf = await print.pdf({ preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  const { sheets } = await db.batch.findUniqueOrThrow({ where: { id: batchId } });
  expect(pages).toHaveLength(sheets);
  await print.close();
  return { batchId, code };
}

describe('a letter from first draft to closing letter', () => {
  let letterId: string;
  let threadId: string;
  let scanUrl: string;

  it('is written with JavaScript, saving itself, and sent', async () => {
    const page = await penPal();
    await page.goto(`/profiles/${person.slug}`);
    await page.getByRole('button', { name: `Write a letter to ${person.displayName}` }).click();
    await page.waitForURL(/\/letters\/[^/?]+$/);
    letterId = new URL(page.url()).pathname.split('/').at(-1)!;
    const text = `Dear ${person.displayName},\n\nI grow tomatoes and read history. Call me on ${PHONE} any time.`;
    await letterBox(page).fill(text);
    await page.getByText(/^Saved at /).waitFor({ timeout: 15_000 });
    await page.reload();
    expect(await letterBox(page).inputValue()).toBe(text);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('heading', { name: `Your letter to ${person.displayName} is on its way to us` }).waitFor();
    threadId = (await db.letter.findUniqueOrThrow({ where: { id: letterId } })).threadId;
    await page.context().close();
  });

  it('is sent back by a moderator, without JavaScript, with the phone number flagged', async () => {
    const page = await moderator(false);
    await page.goto('/admin/letters');
    const card = queueCard(page);
    expect(await card.locator('mark').filter({ hasText: PHONE }).count()).toBe(1);
    await card.getByLabel(/^Reason/).selectOption('contact-details');
    await card.getByLabel(/^Note to the pen pal/).fill('Please take out the phone number: we never pass one on.');
    await card.getByRole('button', { name: 'Send back for changes' }).click();
    await page.getByText(/^Sent the letter to Journey J\. back for changes\./).waitFor();
    await page.context().close();
  });

  it('is fixed and sent again by the pen pal without JavaScript, keeping its history', async () => {
    const page = await penPal(false);
    await page.goto('/letters');
    await page
      .getByRole('link', { name: new RegExp(person.displayName) })
      .first()
      .click();
    await page.getByText('Please take out the phone number: we never pass one on.').waitFor();
    const fixed = (await letterBox(page).inputValue()).replace(` Call me on ${PHONE} any time.`, '');
    await letterBox(page).fill(fixed);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByRole('heading', { name: `Your letter to ${person.displayName} is on its way to us` }).waitFor();
    const events = await db.letterEvent.findMany({ where: { letterId }, orderBy: { createdAt: 'asc' } });
    expect(events.map((event) => event.status)).toEqual(['draft', 'submitted', 'changes_requested', 'submitted']);
    await page.context().close();
  });

  it('is approved, batched, printed to the planned pages and posted by the mailroom', async () => {
    const staff = await moderator();
    await staff.goto('/admin/letters');
    await queueCard(staff).getByRole('button', { name: 'Approve' }).click();
    await staff.getByText(/^Approved the letter to Journey J\./).waitFor();
    await staff.context().close();

    const page = await mailroom();
    const { code } = await batchAndPrint(page);
    expect(code).toBe((await db.thread.findUniqueOrThrow({ where: { id: threadId } })).replyCode);
    await page.getByRole('button', { name: 'Mark posted' }).click();
    await page.getByText('Marked posted: 1 letter.').waitFor();

    // Weeks later a reply comes back by post: the volunteer types the code from the envelope and scans the page.
    await page.goto('/admin/letters/intake');
    await page.getByLabel(/^Reply code/).fill(code.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: 'Find the letter' }).click();
    await page.getByLabel(/^Text of the reply/).fill('Dear Pat, tomatoes grow here too, in the yard garden.');
    await page.getByLabel(/^Scanned pages/).setInputFiles(await scannedPage());
    await page.getByRole('button', { name: 'Record the reply' }).click();
    await page.getByText(/^Recorded\./).waitFor();
    await page.context().close();
  });

  it('brings the reply to the pen pal with an unread count that clears once read', async () => {
    const page = await penPal();
    await page.goto('/inbox');
    expect(await page.getByText('1 unread', { exact: true }).isVisible()).toBe(true);
    await page
      .getByRole('link', { name: new RegExp(person.displayName) })
      .first()
      .click();
    await page.getByText('tomatoes grow here too').waitFor();
    const scan = page.getByRole('img', { name: /Scanned page 1 of 1/ });
    scanUrl = (await scan.getAttribute('src'))!;
    expect((await page.request.get(scanUrl)).status()).toBe(200);
    await expect.poll(async () => (await page.goto('/inbox'), await page.getByText('1 unread').count())).toBe(0);
    await page.context().close();
  });

  it('is never open to another pen pal: thread, letter, scan and print view all answer 404', async () => {
    const page = await signedIn(OTHER, PASSWORD);
    for (const url of [`/inbox/${threadId}`, `/letters/${letterId}`, scanUrl]) {
      expect({ url, status: (await page.goto(url))!.status() }).toEqual({ url, status: 404 });
    }
    const batch = await db.batch.findFirstOrThrow();
    expect((await page.goto(`/admin/letters/batches/${batch.id}/print`))!.status()).toBe(404);
    await page.context().close();
  });

  it('ends kindly: the pen pal stops writing and the closing letter goes out in the next batch', async () => {
    const page = await penPal();
    await page.goto(`/inbox/${threadId}`);
    await page.getByRole('link', { name: `Stop writing to ${person.displayName}` }).click();
    await page.getByRole('radio', { name: 'I no longer have the time' }).check();
    await page.getByRole('button', { name: `Stop writing to ${person.displayName}` }).click();
    await page.getByText(/We will post them a short, kind letter/).waitFor();
    await page.context().close();

    const volunteer = await mailroom();
    await volunteer.goto('/admin/letters/print');
    await volunteer.getByText(`Closing letter to ${person.displayName}`).waitFor();
    const { batchId } = await batchAndPrint(volunteer);
    const closing = await db.letter.findFirstOrThrow({ where: { threadId, kind: 'closing' } });
    expect(closing).toMatchObject({ batchId, status: 'printed' });
    expect(closing.body).toContain(person.displayName);
    await volunteer.context().close();
  });
});
