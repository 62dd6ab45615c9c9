import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createClient, type Database } from '@/lib/db/client';
import { RECIPIENT_WINDOW } from '@/lib/letters/print-layout';
import { parseEml } from '@/lib/mail/eml';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers, letterData, threadData } from '@/prisma/factories';
import { newPage, signInWithForm } from '../support/browser';
import { openOwnSite, type OwnSite } from '../support/own-site';
import type { RunningServer } from '../support/servers';

// The staff desk, end to end: a moderator screens two letters, a mailroom volunteer batches, prints, posts and records
// a return, and the profile waits in the review queue. Its own server and database (the build is the suite's): it
// writes letters straight into the database, as the composer (another part of the work) would.
const MODERATOR = demoUsers[1].email;
const MAILROOM = 'mailroom@desk.example';
const MAILROOM_PASSWORD = 'lantern orchard velvet compass';
const PDF_PATH = process.env.LETTER_DESK_PDF; // keep the printed batch for a look, when asked

let site: OwnSite;
let server: RunningServer;
let browser: Browser;
let dataDir: string;
let db: Database;
const letters = { approve: '', sendBack: '', long: '' };
let profile: { id: string; displayName: string };
let penPalEmail = '';

beforeAll(async () => {
  site = await openOwnSite('desk', 60, async (env) => {
    db = createClient(env.DATABASE_URL);
    // The demo's own letters (one in screening, one in the print queue) are not this journey's: it counts its own.
    await db.thread.deleteMany();
    await db.batch.deleteMany();
    const penPal = await db.user.findUniqueOrThrow({ where: { email: demoUsers[2].email } });
    penPalEmail = penPal.email;
    profile = await db.profile.findFirstOrThrow({
      where: { status: 'published' },
      orderBy: { displayName: 'asc' },
      select: { id: true, displayName: true },
    });
    const thread = await db.thread.create({ data: threadData(penPal.id, profile.id) });
    const submitted = { status: 'submitted' as const, submittedAt: new Date() };
    const flagged = 'Dear friend,\n\nMy cousin can send you money on CashApp if you need it.\n\nTake care';
    const at = flagged.indexOf('CashApp');
    letters.approve = (
      await db.letter.create({
        data: letterData(thread.id, {
          ...submitted,
          body: flagged,
          flags: JSON.stringify([{ code: 'payment-service', start: at, end: at + 'CashApp'.length }]),
        }),
      })
    ).id;
    letters.sendBack = (
      await db.letter.create({
        data: letterData(thread.id, { ...submitted, body: 'Call me any time on 555 201 3344. Write soon!' }),
      })
    ).id;
    const longBody = Array.from({ length: 60 }, (_, i) => `Line ${i + 1}: the garden, the weather, the news.`).join(
      '\n',
    );
    letters.long = (
      await db.letter.create({
        data: letterData(thread.id, { status: 'approved', submittedAt: new Date(0), body: longBody }),
      })
    ).id;
    await db.user.create({
      data: {
        email: MAILROOM,
        name: 'Mo Mailroom',
        role: 'mailroom',
        emailVerifiedAt: new Date(),
        passwordHash: await hashPassword(MAILROOM_PASSWORD),
      },
    });
  });
  ({ server, browser, dataDir } = site);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await site?.close();
});

async function signedIn(next: string, email: string, password: string, options = { javaScriptEnabled: true }) {
  const page = await newPage(browser, server.url, options);
  await page.goto(next);
  await signInWithForm(page, email, password);
  return page;
}

const moderator = (options = { javaScriptEnabled: true }) =>
  signedIn('/admin/letters', MODERATOR, demoPassword(dataDir, MODERATOR), options);

const status = async (id: string) => (await db.letter.findUniqueOrThrow({ where: { id } })).status;

/** The queue card holding a letter, found by a phrase only it contains. */
const card = (page: Page, phrase: string) => page.locator('article').filter({ hasText: phrase });

describe('the letters desk', () => {
  it('a moderator sees flags linked to their marks and approves a letter', async () => {
    const page = await moderator();
    expect(new URL(page.url()).pathname).toBe('/admin/letters');
    const letter = card(page, 'CashApp');
    const flagLink = letter.getByRole('link', { name: /Payment app, wire service or gift card: “CashApp”/ });
    const target = (await flagLink.getAttribute('href'))!;
    expect(await letter.locator(`mark${target}`).textContent()).toContain('CashApp');
    expect(await page.content()).not.toContain(penPalEmail);
    await letter.getByRole('button', { name: 'Approve' }).click();
    await card(page, 'CashApp').waitFor({ state: 'detached' });
    // The queue says what was done, and the message has the focus.
    await page.getByText(/^Approved the letter to .+: it is in the print queue\.$/).waitFor();
    await page.waitForFunction(() => /Approved the letter to/.test(document.activeElement?.textContent ?? ''));
    expect(await status(letters.approve)).toBe('approved');
  });

  it('a moderator without JavaScript sends a letter back, fixing a missing reason on the way', async () => {
    const page = await moderator({ javaScriptEnabled: false });
    const letter = card(page, '555 201 3344');
    await letter.getByLabel(/^Note to the pen pal/).fill('Please take out the phone number.');
    await letter.getByRole('button', { name: 'Send back for changes' }).click();
    await page.waitForLoadState('load');
    const summary = page.getByRole('link', { name: /Reason: Choose a reason/ });
    expect(await summary.isVisible()).toBe(true);
    const again = card(page, '555 201 3344');
    expect(await again.getByLabel(/^Note to the pen pal/).inputValue()).toBe('Please take out the phone number.');
    await again.getByLabel(/^Reason/).selectOption('contact-details');
    await again.getByRole('button', { name: 'Send back for changes' }).click();
    await page.waitForLoadState('load');
    expect(await card(page, '555 201 3344').count()).toBe(0);
    await page.getByText(/^Sent the letter to .+ back for changes\./).waitFor();
    expect(await db.letter.findUniqueOrThrow({ where: { id: letters.sendBack } })).toMatchObject({
      status: 'changes_requested',
      reasonCode: 'contact-details',
      note: 'Please take out the phone number.',
    });
    const outbox = path.join(dataDir, 'outbox');
    const mail = readdirSync(outbox)
      .filter((file) => file.endsWith('.eml'))
      .map((file) => parseEml(readFileSync(path.join(outbox, file), 'utf8')))
      .find((m) => m.to === penPalEmail && m.text.includes(`/letters/${letters.sendBack}`));
    expect(mail?.subject).toBe('Your letter needs a change before we can post it');
  });

  it('a mailroom volunteer batches, prints to the planned sheets, posts, and records a return that pauses the profile', async () => {
    const page = await signedIn('/admin/letters/print', MAILROOM, MAILROOM_PASSWORD);
    // Screening is not theirs: the console's Letters link brings them here.
    await page.goto('/admin/letters');
    expect(new URL(page.url()).pathname).toBe('/admin/letters/print');

    await page.getByRole('button', { name: /Create batch of all 2/ }).click();
    await page.waitForURL(/\/admin\/letters\/batches\/\w+/);
    const batchId = new URL(page.url()).pathname.split('/').at(-1)!;
    const batch = await db.batch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch.sheets).toBe(3); // one short letter, one of 60 lines: 34 on the first sheet, the rest on a second
    expect(await status(letters.long)).toBe('printed');

    const print = await page.context().newPage();
    await print.goto(`/admin/letters/batches/${batchId}/print`);
    await print.emulateMedia({ media: 'print' });
    expect(await print.locator('header').count()).toBe(0); // no console chrome on paper
    expect(await print.content()).not.toContain(penPalEmail);
    // The address block, measured on the first sheet, inside the #10 envelope's recipient window (print-layout.ts).
    const sheet = (await print.locator('section.sheet').first().boundingBox())!;
    const block = (await print.locator('[data-window="recipient"]').first().boundingBox())!;
    const inches = (px: number) => px / 96;
    const window = RECIPIENT_WINDOW;
    expect(inches(block.x - sheet.x)).toBeGreaterThanOrEqual(window.left);
    expect(inches(block.y - sheet.y)).toBeGreaterThanOrEqual(window.top);
    expect(inches(block.x - sheet.x + block.width)).toBeLessThanOrEqual(window.left + window.width);
    expect(inches(block.y - sheet.y + block.height)).toBeLessThanOrEqual(window.top + window.height);
    const pdf = await print.pdf({ preferCSSPageSize: true });
    if (PDF_PATH) writeFileSync(PDF_PATH, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages).toHaveLength(batch.sheets);

    await page.getByRole('button', { name: 'Mark posted' }).click();
    await page.getByText('Marked posted: 2 letters.').waitFor();
    expect(await status(letters.approve)).toBe('posted');

    // The envelope comes back: the volunteer finds the letter by the code on its footer.
    const { replyCode } = await db.thread.findFirstOrThrow({ where: { letters: { some: { id: letters.approve } } } });
    await page.goto('/admin/letters/print');
    await page.getByLabel(/^Reply code/).fill(replyCode.toLowerCase());
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('link', { name: 'record the return on its batch page' }).first().click();
    await page.waitForURL(`**/admin/letters/batches/${batchId}`);
    const returned = page.locator('li').filter({ hasText: 'Posted' }).first();
    await returned.getByText('Returned to sender…').click();
    await returned.getByLabel(/^Reason/).selectOption('moved');
    await returned.getByRole('button', { name: 'Record return' }).click();
    await page.getByText(/Recorded as returned\. Letters to this person are paused/).waitFor();
    const paused = await db.profile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(paused.lettersPausedReason).toBe('Letter returned: Moved to another facility');

    const staff = await moderator();
    await staff.goto('/admin/profiles?tab=returned');
    expect(await staff.getByRole('link', { name: profile.displayName, exact: true }).isVisible()).toBe(true);
  });
});
