import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/password';
import { createClient, type Database } from '@/lib/db/client';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers, letterData, threadData } from '@/prisma/factories';
import { newPage, signInWithForm } from '../support/browser';
import { openOwnSite, type OwnSite } from '../support/own-site';
import type { RunningServer } from '../support/servers';

// What a pen pal's letters become over time, on the demo install: a thread whose text the retention period erased
// says so; the data download carries every thread; deleting the account (without JavaScript) sends each person the
// program's closing letter, which waits in the print queue. Its own server and database: it erases and deletes.
const PEN_PAL = demoUsers[2].email;
const MODERATOR = demoUsers[1].email;
const SECOND = 'second.penpal@e2e.example';
const SECOND_PASSWORD = 'lantern orchard velvet compass';

let site: OwnSite;
let server: RunningServer;
let browser: Browser;
let dataDir: string;
let db: Database;
let erasedThread: { id: string; replyCode: string; name: string };

beforeAll(async () => {
  site = await openOwnSite('retention', 95, async (env) => {
    db = createClient(env.DATABASE_URL);
    // The demo thread with a posted letter and a reply, as the retention job leaves it (the job itself is tested in
    // tests/integration/letter-retention.test.ts).
    const thread = await db.thread.findFirstOrThrow({
      where: { user: { email: PEN_PAL }, replies: { some: {} } },
      select: { id: true, replyCode: true, profile: { select: { displayName: true } } },
    });
    erasedThread = { id: thread.id, replyCode: thread.replyCode, name: thread.profile.displayName };
    const erasedAt = new Date();
    await db.letter.updateMany({ where: { threadId: thread.id, status: 'posted' }, data: { body: '', erasedAt } });
    await db.reply.updateMany({ where: { threadId: thread.id }, data: { body: '', erasedAt } });
    // A second pen pal with one posted letter, to delete with JavaScript on.
    const second = await db.user.create({
      data: {
        email: SECOND,
        name: 'Sam Second',
        role: 'penpal',
        passwordHash: await hashPassword(SECOND_PASSWORD),
        emailVerifiedAt: new Date(),
      },
    });
    const person = await db.profile.findFirstOrThrow({ where: { status: 'published', threads: { none: {} } } });
    const secondThread = await db.thread.create({ data: threadData(second.id, person.id) });
    await db.letter.create({
      data: letterData(secondThread.id, { status: 'posted', postedAt: new Date(), sheets: 1 }),
    });
  });
  ({ server, browser, dataDir } = site);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await site?.close();
});

async function signedIn(email: string, javaScriptEnabled = true): Promise<Page> {
  const page = await newPage(browser, server.url, { javaScriptEnabled });
  await page.goto('/signin');
  await signInWithForm(page, email, email === SECOND ? SECOND_PASSWORD : demoPassword(dataDir, email));
  return page;
}

describe('letters over time', () => {
  it('an erased letter and reply say why, with their history kept, and link the privacy page', async () => {
    const page = await signedIn(PEN_PAL);
    await page.goto(`/inbox/${erasedThread.id}`);
    await page.getByText('This letter’s text was erased after 24 months, as our privacy page explains.').waitFor();
    expect(await page.getByText('This reply’s text was erased after 24 months').isVisible()).toBe(true);
    expect(await page.getByText('Posted', { exact: true }).first().isVisible()).toBe(true);
    await page.getByRole('link', { name: 'privacy page' }).first().click();
    await page.waitForURL('**/privacy');
    await page.getByText('24 months after the last activity in the thread').waitFor();
  });

  it('a letter posted weeks ago with no reply asks "Did they get it?" and links the article on slow mail', async () => {
    const DAY = 24 * 60 * 60 * 1000;
    const thread = await db.thread.findFirstOrThrow({ where: { user: { email: SECOND } } });
    await db.letter.updateMany({
      where: { threadId: thread.id, status: 'posted' },
      data: { postedAt: new Date(Date.now() - 22 * DAY) },
    });
    const page = await signedIn(SECOND, false);
    await page.goto(`/inbox/${thread.id}`);
    await page.getByRole('heading', { name: 'Did they get it?' }).waitFor();
    await page.getByRole('link', { name: 'When letters slow down or stop' }).click();
    await page.waitForURL('**/articles/when-letters-slow-down-or-stop');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/slow down or stop/i);

    // Three weeks less a day: not yet.
    await db.letter.updateMany({
      where: { threadId: thread.id, status: 'posted' },
      data: { postedAt: new Date(Date.now() - 20 * DAY) },
    });
    await page.goto(`/inbox/${thread.id}`);
    await page.getByRole('heading', { name: /^Letters with / }).waitFor();
    expect(await page.getByRole('heading', { name: 'Did they get it?' }).count()).toBe(0);
    await page.context().close();
  });

  it('the data download carries every thread, by display name and reply code', async () => {
    const page = await signedIn(PEN_PAL);
    await page.goto('/account/data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download your data' }).click(),
    ]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(data.letters).toHaveLength(3);
    const erased = data.letters.find((thread: { replyCode: string }) => thread.replyCode === erasedThread.replyCode);
    expect(erased.writingTo).toBe(erasedThread.name);
    expect(erased.letters.map((letter: { status: string }) => letter.status)).toEqual(['posted', 'approved']);
    expect(erased.letters[0]).toMatchObject({ body: '', erasedAt: expect.any(String) });
    expect(erased.letters[0].history.map((step: { status: string }) => step.status)).toEqual([
      'submitted',
      'approved',
      'printed',
      'posted',
    ]);
    expect(erased.replies).toEqual([expect.objectContaining({ body: '', erasedAt: expect.any(String), scans: [] })]);
  });

  it('without JavaScript, deleting the account sends each person a closing letter through the print queue', async () => {
    const page = await signedIn(PEN_PAL, false);
    await page.goto('/account/data');
    await page.getByText('everyone you have sent a letter to gets a short, kind letter from us').waitFor();
    await page.getByLabel(/^Your password, to confirm/).fill(demoPassword(dataDir, PEN_PAL));
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL((url) => url.pathname === '/account/deleted');

    // The demo's approved letter, and a closing letter for each of the two people a letter had gone or was going to.
    const staff = await signedIn(MODERATOR);
    await staff.goto('/admin/letters/print');
    await staff.getByRole('button', { name: 'Create batch of all 3' }).waitFor();
    expect(await staff.getByText(`To ${erasedThread.name}`).count()).toBe(2);
    const closings = await db.letter.findMany({ where: { kind: 'closing' }, select: { body: true } });
    expect(closings).toHaveLength(2);
    for (const closing of closings) expect(closing.body).toContain(`${demoUsers[2].name} has let us know`);
    // The draft is gone, with its thread.
    expect(await db.thread.count({ where: { user: { deletedAt: { not: null } } } })).toBe(2);
  });

  it('with JavaScript, deleting the account does the same', async () => {
    const page = await signedIn(SECOND);
    await page.goto('/account/data');
    await page.getByLabel(/^Your password, to confirm/).fill(SECOND_PASSWORD);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL((url) => url.pathname === '/account/deleted');
    const closing = await db.letter.findFirstOrThrow({
      where: { kind: 'closing', body: { contains: 'Sam Second has let us know' } },
      select: { status: true, thread: { select: { stopReason: true } } },
    });
    expect(closing).toEqual({ status: 'approved', thread: { stopReason: 'account-deleted' } });
  });
});
