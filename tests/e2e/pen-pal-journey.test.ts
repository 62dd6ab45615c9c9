import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interestLabel } from '@/lib/profiles/vocabulary';
import { violations } from '../support/axe';
import { newPage } from '../support/browser';
import { type ListedProfile, listedProfiles, pairRankedFirst, uniquelyNamed } from '../support/listed-profiles';
import { openOwnSite, type OwnSite } from '../support/own-site';
import { waitForMail } from '../support/outbox-mail';

// Issue 10's journey, whole, once without JavaScript and once with it: a new pen pal signs up, confirms the address
// from the outbox, signs in, saves two profiles (one from its card, one from its page), finds them first under best
// match, changes the password in one browser and finds the other signed out, downloads the data, deletes the account
// and cannot sign in again. Its own site: it opens and deletes accounts.

const PASSWORD = 'copper kettle walks north';
const NEW_PASSWORD = 'lantern orchard velvet compass';

let site: OwnSite;
let browser: Browser;
let db: Database.Database;

beforeAll(async () => {
  site = await openOwnSite('pen-pal-journey', 100);
  browser = site.browser;
  db = new Database(path.join(site.dataDir, 'pen-pal-journey.db'));
}, 120_000);

afterAll(async () => {
  db?.close();
  await site?.close();
});

/**
 * Two profiles that rank first of everyone for a pen pal with their interests (and English, which the pen pal ticks):
 * the pair the journey saves and then expects at the top of best match.
 */
function pairToSave(): { pair: [ListedProfile, ListedProfile]; interests: readonly string[] } {
  const everyone = listedProfiles(db);
  const candidates = uniquelyNamed(everyone)
    .filter((profile) => profile.interests.length <= 3)
    .slice(0, 40);
  const { pair, match } = pairRankedFirst(candidates, everyone, (interests) => ({
    interests,
    languages: ['english'],
    offers: [],
  }));
  return { pair, interests: match.interests };
}

/** Fills in the sign-in form; `expected`: whether it should let the browser in (then it waits to be sent on). */
async function signIn(page: Page, email: string, password: string, expected: 'in' | 'refused' = 'in') {
  await page.goto('/signin');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (expected === 'in') await page.waitForURL((url) => url.pathname !== '/signin');
  else await page.getByText('That email and password do not match an active account.').waitFor();
}

/** axe-core's findings on the page at desktop and phone width (it runs in the page, so only with JavaScript). */
async function axeAtBothWidths(page: Page, label: string, javaScriptEnabled: boolean) {
  if (!javaScriptEnabled) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    expect({ label, width, found: await violations(page) }).toEqual({ label, width, found: [] });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const cardOf = (page: Page, slug: string) => page.locator(`article#profile-${slug}`);
const cardNames = (page: Page) => page.locator('main article h2').allInnerTexts();

describe.each([
  { mode: 'without JavaScript', javaScriptEnabled: false },
  { mode: 'with JavaScript', javaScriptEnabled: true },
])('a new pen pal $mode', ({ javaScriptEnabled }) => {
  it('signs up, confirms, saves two, finds them first, changes the password, downloads, deletes, and is gone', async () => {
    const email = `journey-${javaScriptEnabled ? 'js' : 'nojs'}@example.org`;
    const { pair, interests } = pairToSave();
    const page = await newPage(browser, site.server.url, { javaScriptEnabled });

    // Sign up, with the two people's interests as the pen pal's own.
    await page.goto('/signup');
    await page.waitForTimeout(3_200); // the form's minimum fill time
    await page.getByLabel(/^Display name/).fill('Jordan');
    await page.getByLabel(/^Email/).fill(email);
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByLabel(/^Country you live in/).selectOption('US');
    for (const interest of interests)
      await page.getByRole('checkbox', { name: interestLabel(interest), exact: true }).check();
    await page.getByRole('checkbox', { name: 'English', exact: true }).check();
    await page.getByRole('checkbox', { name: /I am 18 or older/ }).check();
    await page.getByRole('checkbox', { name: /program’s rules/ }).check();
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    await axeAtBothWidths(page, 'check your email', javaScriptEnabled);

    // Signed in before confirming, the account page offers a new link.
    const early = await newPage(browser, site.server.url, { javaScriptEnabled });
    await signIn(early, email, PASSWORD);
    await early.goto('/account');
    await early.getByRole('heading', { name: 'Please confirm your email address' }).waitFor();
    expect(await early.getByRole('button', { name: 'Send it again' }).isVisible()).toBe(true);
    await early.context().close();

    // The link from the outbox confirms the address.
    const mail = await waitForMail(site.dataDir, email, 'Confirm your email address');
    const link = mail.text.split('\n').find((line) => line.includes('/verify-email/'))!;
    await page.goto(new URL(link).pathname);
    await axeAtBothWidths(page, 'the confirmation link', javaScriptEnabled);
    await page.getByRole('button', { name: 'Confirm my email address' }).click();
    await page.getByText('Your email address is confirmed. Thank you.').waitFor();
    await axeAtBothWidths(page, 'address confirmed', javaScriptEnabled);

    await signIn(page, email, PASSWORD);
    expect(new URL(page.url()).pathname).toBe('/');

    // Save one from its card in the directory, the other from its own page.
    const [first, second] = pair;
    await page.goto(`/profiles?q=${encodeURIComponent(first.displayName)}&sort=newest`);
    await cardOf(page, first.slug)
      .getByRole('button', { name: `Save ${first.displayName}` })
      .click();
    await cardOf(page, first.slug)
      .getByRole('button', { name: `Saved ${first.displayName}` })
      .waitFor();
    await page.goto(`/profiles/${second.slug}`);
    await page.getByRole('button', { name: `Save ${second.displayName}` }).click();
    await page.getByRole('button', { name: `Saved ${second.displayName}` }).waitFor();
    await page.goto('/account/favourites');
    await expect(page.locator('#saved h2, #saved h3').allInnerTexts()).resolves.toEqual([
      second.displayName,
      first.displayName,
    ]);

    // Best match is the directory's order for a signed-in pen pal, with the two saved people first.
    await page.goto('/profiles');
    expect(await page.locator('#filter-sort option:checked').innerText()).toBe('Best match');
    expect((await cardNames(page)).slice(0, 2)).toEqual([first.displayName, second.displayName]);

    // Someone released stays in the list, greyed, with why, and no longer links to the profile.
    db.prepare(`UPDATE "Profile" SET "status" = 'released' WHERE "id" = ?`).run(second.id);
    await page.goto('/account/favourites');
    const gone = page.locator('#saved article', { hasText: second.displayName });
    expect(await gone.innerText()).toContain('Released');
    expect(await gone.getByRole('link', { name: second.displayName }).count()).toBe(0);
    await axeAtBothWidths(page, 'saved profiles, one released', javaScriptEnabled);
    db.prepare(`UPDATE "Profile" SET "status" = 'published' WHERE "id" = ?`).run(second.id);

    // A password change here signs out another browser.
    const elsewhere = await newPage(browser, site.server.url, { javaScriptEnabled });
    await signIn(elsewhere, email, PASSWORD);
    expect(new URL(elsewhere.url()).pathname).toBe('/');
    await page.goto('/account/security');
    // The other browser's "Sign out" stays one line beside a long "last seen" (it wrapped at 1280 px once).
    const signOutThere = page.getByRole('button', { name: /^Sign out of / }).first();
    expect((await signOutThere.boundingBox())!.height).toBeLessThan(40);
    await page.getByLabel(/^Current password/).fill(PASSWORD);
    await page.getByLabel(/^New password/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password is changed').first().waitFor();
    await elsewhere.goto('/account');
    expect(new URL(elsewhere.url()).pathname).toBe('/signin');
    await elsewhere.context().close();

    // The data, as one JSON file.
    await page.goto('/account/data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download your data' }).click(),
    ]);
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(data.account).toMatchObject({ email, name: 'Jordan', languages: ['english'] });
    expect(data.favourites.map((saved: { slug: string }) => saved.slug).sort()).toEqual(
      [first.slug, second.slug].sort(),
    );
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|tokenHash|argon2/);

    // Deleting the account signs out, and the address and password open nothing any more.
    await page.getByLabel(/^Your password, to confirm/).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL((url) => url.pathname === '/account/deleted');
    await axeAtBothWidths(page, 'account deleted', javaScriptEnabled);
    await signIn(page, email, NEW_PASSWORD, 'refused');
    expect(new URL(page.url()).pathname).toBe('/signin');
    await page.context().close();
  });
});
