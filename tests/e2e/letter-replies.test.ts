import { request as httpRequest } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createClient, type Database } from '@/lib/db/client';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers, facilityData, letterData, profileData, threadData } from '@/prisma/factories';
import { violations } from '../support/axe';
import { newPage, signInWithForm } from '../support/browser';
import { openOwnSite, type OwnSite } from '../support/own-site';
import type { RunningServer } from '../support/servers';

// A reply comes back by post: the mailroom files it by its code with a scanned page, the pen pal sees the unread
// badge, reads it and the badge clears; another pen pal can open none of it; the pen pal stops writing and the
// closing letter is waiting for the next batch. Its own server and database: it adds accounts and threads.
const PEN_PAL = demoUsers[2].email;
const PASSWORD = 'lantern orchard velvet compass';
const MAILROOM = 'mailroom@e2e.example';
const OTHER = 'other.penpal@e2e.example';
const DAY = 24 * 60 * 60 * 1000;

let site: OwnSite;
let server: RunningServer;
let browser: Browser;
let dataDir: string;
let db: Database;
let thread: { id: string; replyCode: string };
let personName: string;

beforeAll(async () => {
  site = await openOwnSite('replies', 70, async (env) => {
    db = createClient(env.DATABASE_URL);
    const passwordHash = await hashPassword(PASSWORD);
    await db.user.createMany({
      data: [
        { email: MAILROOM, name: 'Mo Mailroom', role: 'mailroom', passwordHash, emailVerifiedAt: new Date() },
        { email: OTHER, name: 'Other Writer', role: 'penpal', passwordHash, emailVerifiedAt: new Date() },
      ],
    });
    const penPal = await db.user.findUniqueOrThrow({ where: { email: PEN_PAL } });
    const facility = await db.facility.create({ data: facilityData() });
    const profile = await db.profile.create({ data: profileData(facility, { displayName: 'Marcus Reyes' }) });
    personName = profile.displayName;
    thread = await db.thread.create({ data: threadData(penPal.id, profile.id) });
    const postedAt = new Date(Date.now() - 12 * DAY);
    const letter = await db.letter.create({
      data: letterData(thread.id, { status: 'posted', submittedAt: new Date(postedAt.getTime() - 2 * DAY), postedAt }),
    });
    await db.letterEvent.createMany({
      data: [
        { letterId: letter.id, status: 'submitted', createdAt: new Date(postedAt.getTime() - 2 * DAY) },
        { letterId: letter.id, status: 'approved', createdAt: new Date(postedAt.getTime() - DAY) },
        { letterId: letter.id, status: 'posted', createdAt: postedAt },
      ],
    });
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

async function scan() {
  const buffer = await sharp({ create: { width: 850, height: 1100, channels: 3, background: '#fbfaf4' } })
    .jpeg()
    .toBuffer();
  return { name: 'reply-page-1.jpg', mimeType: 'image/jpeg', buffer };
}

/** A POST of `bytes` with its length declared, as a browser sends a form: the status and page that come back. */
function post(pathname: string, bytes: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { 'Content-Type': 'text/plain', 'Content-Length': bytes };
    const req = httpRequest(
      { host: '127.0.0.1', port: new URL(server.url).port, path: pathname, method: 'POST', headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(Buffer.alloc(bytes, 'a'));
  });
}

const unreadBadge = (page: Page) => page.locator('header [data-unread-badge]');

describe('a reply coming back by post', () => {
  it('without JavaScript: the mailroom catches a miscopied code, then records a reply with a scanned page', async () => {
    const page = await signedIn(MAILROOM, PASSWORD, false);
    await page.goto('/admin/letters/intake');
    const wrong = (thread.replyCode[0] === 'A' ? 'B' : 'A') + thread.replyCode.slice(1);
    await page.getByLabel(/^Reply code/).fill(wrong);
    await page.getByRole('button', { name: 'Find the letter' }).click();
    await page.getByText('That code did not match a letter').waitFor();
    expect(await page.getByLabel(/^Reply code/).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel(/^Reply code/).fill(thread.replyCode.toLowerCase());
    await page.getByRole('button', { name: 'Find the letter' }).click();
    await page.getByText(personName, { exact: true }).waitFor();
    expect(await page.getByText(demoUsers[2].name, { exact: true }).isVisible()).toBe(true);

    // Nothing typed or attached: the error summary asks for one, and the typed date stays.
    await page.getByRole('button', { name: 'Record the reply' }).click();
    await page.getByText('The reply was not recorded').waitFor();

    await page.getByLabel(/^Text of the reply/).fill('Dear Pat, your letter about the garden made my week.');
    await page.getByLabel(/^Scanned pages/).setInputFiles(await scan());
    await page.getByRole('button', { name: 'Record the reply' }).click();
    await page.getByText(/^Recorded\./).waitFor();
    await page.context().close();
    expect(await db.reply.count({ where: { threadId: thread.id, status: 'delivered' } })).toBe(1);
  });

  it('with JavaScript: the mailroom records a second reply by its code', async () => {
    const page = await signedIn(MAILROOM, PASSWORD);
    await page.goto('/admin/letters/intake');
    await page.getByLabel(/^Reply code/).fill(thread.replyCode);
    await page.getByRole('button', { name: 'Find the letter' }).click();
    await page.getByLabel(/^Text of the reply/).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByLabel(/^Text of the reply/).fill('P.S. I forgot to say thank you for the poem.');
    await page.getByRole('button', { name: 'Record the reply' }).click();
    await page.getByText(/^Recorded\./).waitFor();
    await page.context().close();
  });

  it('the pen pal sees the unread badge, opens the thread and its scan, and the badge clears', async () => {
    const page = await signedIn(PEN_PAL, demoPassword(dataDir, PEN_PAL));
    await page.goto('/inbox');
    await unreadBadge(page).waitFor();
    expect(await unreadBadge(page).innerText()).toMatch(/^2/);
    expect(await page.getByText('2 unread', { exact: true }).isVisible()).toBe(true);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('link', { name: new RegExp(personName) }).click();
    await page.waitForURL(`**/inbox/${thread.id}`);
    await page
      .getByRole('heading', { name: `Reply from ${personName}` })
      .first()
      .waitFor();
    expect(await page.getByText('your letter about the garden made my week').isVisible()).toBe(true);
    const image = page.getByRole('img', { name: /Scanned page 1 of 1/ });
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth))
      .toBeGreaterThan(0);
    // Opening the thread marks it read; the header's badge goes once the page has refreshed.
    await unreadBadge(page).waitFor({ state: 'detached' });
    expect(await db.reply.count({ where: { threadId: thread.id, readAt: null } })).toBe(0);
    expect(await violations(page)).toEqual([]);
    await page.goto(`/inbox/${thread.id}/stop`);
    await page.getByRole('button', { name: `Stop writing to ${personName}` }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });

  it('another pen pal gets a 404 for the thread and for the scan', async () => {
    const scanRow = await db.replyScan.findFirstOrThrow({ where: { reply: { threadId: thread.id } } });
    const page = await signedIn(OTHER, PASSWORD);
    expect((await page.goto(`/inbox/${thread.id}`))!.status()).toBe(404);
    expect((await page.goto(`/inbox/${thread.id}/stop`))!.status()).toBe(404);
    const response = await page.goto(`/inbox/scans/${scanRow.id}`);
    expect(response!.status()).toBe(404);
    expect(response!.headers()['cache-control']).toBe('private, no-store');
    await page.context().close();
    // Signed out, the scan is not there either.
    const anonymous = await fetch(`${server.url}/inbox/scans/${scanRow.id}`);
    expect(anonymous.status).toBe(404);
  });

  it('lets several scans through to intake (25 MB) and answers more with the 413 page', async () => {
    const MB = 1024 * 1024;
    const tooLarge = await post('/admin/letters/intake', 30 * MB);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toContain('scanned replies up to 25 MB');
    // Within intake's limit, it reaches the app (which refuses it as a malformed action, not as too large)...
    expect((await post('/admin/letters/intake', 20 * MB)).status).not.toBe(413);
    // ...and the larger limit is intake's alone.
    expect((await post('/admin/letters/intake/other', 2 * MB)).status).toBe(413);
  });

  it('without JavaScript: the pen pal stops writing, and the closing letter waits for the next batch', async () => {
    const page = await signedIn(PEN_PAL, demoPassword(dataDir, PEN_PAL), false);
    await page.goto(`/inbox/${thread.id}`);
    await page.getByRole('link', { name: `Stop writing to ${personName}` }).click();
    await page.getByRole('button', { name: `Stop writing to ${personName}` }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.getByLabel(/^Anything else/).fill('Starting a new job.');
    await page.getByRole('radio', { name: 'I no longer have the time' }).check();
    await page.getByRole('button', { name: `Stop writing to ${personName}` }).click();
    await page.getByText(/We will post them a short, kind letter/).waitFor();

    const closing = await db.letter.findFirstOrThrow({ where: { threadId: thread.id, kind: 'closing' } });
    expect(closing.status).toBe('approved');
    expect(closing.body).toContain(`Dear ${personName},`);
    await page.goto(`/inbox/${thread.id}`);
    expect(await page.getByRole('heading', { name: `Our closing letter to ${personName}` }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Start writing again' }).isVisible()).toBe(true);
    await page.context().close();
  });
});
