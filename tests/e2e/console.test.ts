import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type Database } from '@/lib/db/client';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers, facilityData, letterData, profileData, threadData } from '@/prisma/factories';
import { newPage, signInWithForm } from '../support/browser';
import { openOwnSite, type OwnSite } from '../support/own-site';
import type { RunningServer } from '../support/servers';

// The program console as an admin runs it: roles, suspension, settings. Its own server and database: it suspends the
// demo pen pal and changes the demo moderator's role, whom other end-to-end files sign in as.
const [ADMIN, MODERATOR, PEN_PAL] = demoUsers;

let site: OwnSite;
let server: RunningServer;
let browser: Browser;
let dataDir: string;
let db: Database;

beforeAll(async () => {
  site = await openOwnSite('console', 80, async (env) => {
    db = createClient(env.DATABASE_URL);
    // The demo's own letters (in screening, in the print queue) are not this file's: it counts its own.
    await db.thread.deleteMany();
    await db.batch.deleteMany();
  });
  ({ server, browser, dataDir } = site);
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  await site?.close();
});

async function signedIn(email: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await newPage(browser, server.url, options);
  await page.goto('/signin');
  await signInWithForm(page, email, demoPassword(dataDir, email));
  return page;
}

async function openUser(admin: Page, name: string) {
  await admin.goto(`/admin/users?q=${encodeURIComponent(name)}`);
  await admin.getByRole('link', { name }).click();
  await admin.getByRole('heading', { level: 1, name }).waitFor();
}

describe('the program console', () => {
  it('an admin suspends a pen pal, who is signed out at once and told why on signing in', async () => {
    const penPal = await signedIn(PEN_PAL.email);
    await penPal.goto('/account');
    await penPal.getByRole('heading', { level: 1 }).waitFor();
    expect(new URL(penPal.url()).pathname).toBe('/account');

    const admin = await signedIn(ADMIN.email);
    await openUser(admin, PEN_PAL.name);
    await admin.getByRole('button', { name: 'Suspend and sign out everywhere' }).click();
    await admin.getByText('Give a reason').first().waitFor();
    await admin.getByLabel('Reason').fill('Asked a person inside for money.');
    await admin.getByRole('button', { name: 'Suspend and sign out everywhere' }).click();
    await admin.getByText('Suspended. Every session of theirs has ended.').waitFor();

    await penPal.goto('/account');
    expect(new URL(penPal.url()).pathname).toBe('/signin');
    await penPal.getByLabel('Email').fill(PEN_PAL.email);
    await penPal.getByLabel('Password').fill(demoPassword(dataDir, PEN_PAL.email));
    await penPal.getByRole('button', { name: 'Sign in' }).click();
    await penPal.getByText('This account is suspended: Asked a person inside for money.').waitFor();
    await penPal.context().close();
    await admin.context().close();
  });

  it('a moderator made a mailroom volunteer sees the mailroom queues and not the users list', async () => {
    const admin = await signedIn(ADMIN.email, { javaScriptEnabled: false });
    await openUser(admin, MODERATOR.name);
    await admin.getByLabel('New role').selectOption('mailroom');
    await admin.getByRole('button', { name: 'Change role' }).click();
    await admin.getByText('Role changed.').waitFor();
    await admin.context().close();

    const volunteer = await signedIn(MODERATOR.email);
    await volunteer.goto('/admin');
    await volunteer.getByText('Approved letters to print').waitFor();
    expect(await volunteer.getByText('Letters in screening').count()).toBe(0);
    expect(await volunteer.getByRole('link', { name: 'Users' }).count()).toBe(0);
    // Refused pages are plain 404s, their titles included: nothing names a page the volunteer may not open.
    for (const path of ['/admin/users', '/admin/comments', '/admin/audit']) {
      expect((await volunteer.goto(path))?.status()).toBe(404);
      expect(await volunteer.title()).toBe('Page not found · Beyond Bars');
    }
    await volunteer.goto('/admin/letters/print');
    expect(await volunteer.title()).toBe('Print and post letters · Moderation · Beyond Bars');
    await volunteer.context().close();
  });

  it('an admin changes the return address without JavaScript, and the next paper form prints it', async () => {
    const admin = await signedIn(ADMIN.email, { javaScriptEnabled: false });
    await admin.goto('/admin/settings');
    await admin.getByLabel('Contact email').fill('not an address');
    await admin.getByLabel('Return address').fill('Letters Across Walls\nPO Box 77\nEugene, OR 97401');
    await admin.getByRole('button', { name: 'Save program' }).click();
    await admin.getByRole('heading', { name: 'There is a problem' }).waitFor();
    // Nothing typed is lost: the wrong field and the right one both come back as typed.
    expect(await admin.getByLabel('Contact email').inputValue()).toBe('not an address');
    expect(await admin.getByLabel('Return address').inputValue()).toContain('PO Box 77');
    await admin.getByLabel('Contact email').fill('hello@law.example');
    await admin.getByRole('button', { name: 'Save program' }).click();
    await admin.getByText('Saved.').first().waitFor();

    await admin.goto('/admin/forms/blank');
    await admin.getByText('PO Box 77').waitFor();
    await admin.goto('/admin/audit?action=settings.');
    await admin.getByText('setting:program').waitFor();
    await admin.context().close();
  });

  it('an admin hides a state’s listings without JavaScript: its people leave the directory and their pages show the notice', async () => {
    const facility = await db.facility.create({ data: facilityData({ state: 'WY' }) });
    const person = await db.profile.create({
      data: profileData(facility, { displayName: 'Wren Q.', listedAt: new Date() }),
    });
    const admin = await signedIn(ADMIN.email, { javaScriptEnabled: false });
    const visitor = await newPage(browser, server.url);
    const wrenInDirectory = async () => {
      await visitor.goto('/profiles');
      await visitor.getByRole('heading', { level: 1, name: 'Find a pen pal' }).waitFor();
      return visitor.getByRole('link', { name: 'Wren Q.', exact: true }).count();
    };
    // Each save invalidates the directory, so what follows is the rules' doing, not a cached copy's.
    const saveWyoming = async (hidden: boolean) => {
      await admin.goto('/admin/settings');
      await admin.getByLabel('Wyoming', { exact: true }).setChecked(hidden);
      await admin.getByRole('button', { name: 'Save listing rules by state' }).click();
      await admin.getByText('Saved.').first().waitFor();
    };

    await saveWyoming(true);
    await visitor.goto('/profiles?state=WY');
    await visitor.getByText('Profiles of people held in Wyoming are not shown here.').waitFor();
    const response = await visitor.goto(`/profiles/${person.slug}`);
    expect(response?.status()).toBe(451);
    await visitor.getByRole('heading', { level: 1, name: 'This profile is not shown' }).waitFor();
    expect(await visitor.getByText('Wren Q.').count()).toBe(0);
    const robots = await visitor
      .locator('meta[name="robots"]')
      .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
    expect(robots.length).toBeGreaterThan(0);
    for (const content of robots) expect(content).toContain('noindex');

    await saveWyoming(false);
    expect((await visitor.goto(`/profiles/${person.slug}`))?.status()).toBe(200);
    await visitor.getByRole('heading', { level: 1, name: 'Wren Q.' }).waitFor();
    expect(await wrenInDirectory()).toBe(1);

    await saveWyoming(true);
    expect(await wrenInDirectory()).toBe(0);
    await admin.goto('/admin/audit?action=settings.');
    await admin.getByText('setting:listings').first().waitFor();
    await visitor.context().close();
    await admin.context().close();
  });

  it('the mailroom volunteer batches and posts an approved letter, printed with the new return address', async () => {
    const penPal = await db.user.findUniqueOrThrow({ where: { email: PEN_PAL.email } });
    const person = await db.profile.create({ data: profileData(await db.facility.create({ data: facilityData() })) });
    const thread = await db.thread.create({ data: threadData(penPal.id, person.id) });
    await db.letter.create({ data: letterData(thread.id, { status: 'approved', submittedAt: new Date() }) });

    const volunteer = await signedIn(MODERATOR.email);
    await volunteer.goto('/admin/letters/print');
    await volunteer.getByRole('button', { name: /^Create batch of all 1/ }).click();
    await volunteer.waitForURL(/\/admin\/letters\/batches\/\w+/);
    const batch = new URL(volunteer.url()).pathname;
    await volunteer.getByRole('button', { name: 'Mark posted' }).click();
    await volunteer.getByText('Marked posted: 1 letter.').waitFor();
    await volunteer.goto(`${batch}/print`);
    await volunteer.getByText('PO Box 77').first().waitFor();
    expect(await volunteer.getByText(/Write back to: Beyond Bars, Letters Across Walls, PO Box 77/).count()).toBe(1);
    await volunteer.context().close();
  });
});
