import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { MatchInput } from '@/lib/profiles/match';
import { demoUsers } from '@/prisma/factories';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';
import { type ListedProfile, listedProfiles, pairRankedFirst, uniquelyNamed } from '../support/listed-profiles';

const baseUrl = inject('baseUrl');
const penPal = demoUsers[2].email;
let browser: Browser;
let db: Database.Database;

beforeAll(async () => {
  browser = await launchBrowser();
  db = new Database(path.join(inject('dataDir'), 'e2e.db'));
});

afterAll(async () => {
  db?.close();
  await browser?.close();
});

/** Listed profiles other than `these`, whose names no other listed profile has (so a name finds one card). */
const everyoneBut = (these: ListedProfile[]) =>
  uniquelyNamed(listedProfiles(db)).filter((profile) => !these.some((one) => one.id === profile.id));

async function signedIn(javaScriptEnabled: boolean): Promise<Page> {
  const page = await newPage(browser, baseUrl, { javaScriptEnabled });
  await page.goto('/signin');
  await signInWithForm(page, penPal);
  return page;
}

const card = (page: Page, slug: string) => page.locator(`article#profile-${slug}`);
const cardNames = (page: Page) => page.locator('main article h2').allInnerTexts();

describe('a pen pal saving profiles', () => {
  let chosen: { pair: [ListedProfile, ListedProfile]; match: MatchInput };

  it('without JavaScript saves two profiles from the directory, each time back at the card, and finds them saved', async () => {
    const page = await signedIn(false);
    await page.goto('/profiles');
    const everyone = listedProfiles(db);
    const bySlug = new Map(everyone.map((profile) => [profile.slug, profile]));
    const slugs = await page
      .locator('main article')
      .evaluateAll((articles) => articles.map((article) => article.id.replace(/^profile-/, '')));
    chosen = pairRankedFirst(
      slugs.map((slug) => bySlug.get(slug)!),
      everyone,
      (interests) => ({ interests, languages: [], offers: [] }),
    );
    for (const profile of chosen.pair) {
      await card(page, profile.slug)
        .getByRole('button', { name: `Save ${profile.displayName}` })
        .click();
      await page.waitForURL((url) => url.hash === `#profile-${profile.slug}`);
      const saved = card(page, profile.slug).getByRole('button', { name: `Saved ${profile.displayName}` });
      expect(await saved.getAttribute('aria-pressed')).toBe('true');
      // Back where it was: the browser scrolled to the card it saved.
      const box = (await card(page, profile.slug).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(-1);
      expect(box.y).toBeLessThan(844);
    }
    await page.goto('/account/favourites');
    // Newest saved first.
    const names = await page.locator('main article h2').allInnerTexts();
    expect(names.slice(0, 2)).toEqual([chosen.pair[1].displayName, chosen.pair[0].displayName]);

    // The profile page saves too, and the list unsaves, each coming back to where it was.
    const third = everyoneBut(chosen.pair)[0]!;
    await page.goto(`/profiles/${third.slug}`);
    await page.getByRole('button', { name: `Save ${third.displayName}` }).click();
    await page.waitForURL((url) => url.pathname === `/profiles/${third.slug}` && url.hash === '#save');
    expect(await page.getByRole('button', { name: `Saved ${third.displayName}` }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.goto('/account/favourites');
    await page
      .locator('main article', { hasText: third.displayName })
      .getByRole('button', { name: `Saved ${third.displayName}` })
      .click();
    await page.waitForURL((url) => url.pathname === '/account/favourites' && url.hash === '#saved');
    expect((await page.locator('main article h2').allInnerTexts()).slice(0, 2)).toEqual([
      chosen.pair[1].displayName,
      chosen.pair[0].displayName,
    ]);
    expect(await page.locator('main article', { hasText: third.displayName }).count()).toBe(0);
    await page.context().close();
  });

  it('with JavaScript saves and unsaves in place: no reload, no jump', async () => {
    const page = await signedIn(true);
    await page.goto('/profiles');
    // A card well down the page, not one saved above.
    const ids = await page.locator('main article').evaluateAll((articles) => articles.map((article) => article.id));
    const index = ids.findIndex((id, i) => i >= 9 && !chosen.pair.some((profile) => id === `profile-${profile.slug}`));
    const target = page.locator(`article#${ids[index]}`);
    const name = (await target.locator('h2').innerText()).trim();
    await target.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 100));
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    // Where the card sits on the screen: what a jump would change. (The page's scroll offset is no measure: on a busy
    // machine something above may still be laid out, and the browser's scroll anchoring keeps the card still.)
    const cardTop = async () => (await target.boundingBox())!.y;
    const before = { url: page.url(), top: await cardTop() };

    await target.getByRole('button', { name: `Save ${name}` }).click();
    const saved = target.getByRole('button', { name: `Saved ${name}` });
    await saved.waitFor();
    expect(await saved.getAttribute('aria-pressed')).toBe('true');
    await page.waitForLoadState('networkidle');
    // The same document (the marker survives) at the same URL (no #anchor to jump to), the card where it was (within a
    // pixel or two of scroll anchoring; a jump to the card's anchor moves it by hundreds).
    expect({
      url: page.url(),
      marker: await page.evaluate(() => (window as unknown as { marker?: number }).marker),
    }).toEqual({ url: before.url, marker: 42 });
    expect(Math.abs((await cardTop()) - before.top)).toBeLessThanOrEqual(2);

    await saved.click();
    await target.getByRole('button', { name: `Save ${name}` }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(Math.abs((await cardTop()) - before.top)).toBeLessThanOrEqual(2);
    await page.reload();
    expect(await target.getByRole('button', { name: `Save ${name}` }).getAttribute('aria-pressed')).toBe('false');
    await page.context().close();
  });

  it('sees the saved profiles first under best match once their interests are the pen pal’s own', async () => {
    db.prepare(`UPDATE "User" SET "interests" = ?, "languages" = '', "offers" = '' WHERE "email" = ?`).run(
      chosen.match.interests.join(','),
      penPal,
    );
    const page = await signedIn(true);
    await page.goto('/profiles');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('');
    expect(await page.locator('#filter-sort option:checked').innerText()).toBe('Best match');
    expect((await cardNames(page)).slice(0, 2)).toEqual(chosen.pair.map((profile) => profile.displayName));
    for (const profile of chosen.pair) {
      await expect(
        card(page, profile.slug)
          .getByRole('button', { name: `Saved ${profile.displayName}` })
          .getAttribute('aria-pressed'),
      ).resolves.toBe('true');
    }
    // The pen pal can still ask for the newest first.
    await page.getByLabel('Sort by').selectOption('newest');
    await page.waitForURL(/sort=newest/);
    await page.context().close();
  });
});

describe('a visitor', () => {
  it('is asked to sign in to save, and comes back to the same page', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/profiles?gender=woman');
    const first = page.locator('main article').first();
    const name = (await first.locator('h2').innerText()).trim();
    const save = first.getByRole('link', { name: `Save ${name}` });
    expect(await save.getAttribute('href')).toBe(`/signin?next=${encodeURIComponent('/profiles?gender=woman')}`);
    expect(await page.locator('#filter-sort option').allInnerTexts()).not.toContain('Best match');
    await save.click();
    await signInWithForm(page, penPal);
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/profiles?gender=woman');
    await page.context().close();
  });
});
