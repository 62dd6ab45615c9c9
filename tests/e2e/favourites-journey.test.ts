import path from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compareMatches, matchScore, type MatchInput } from '@/lib/profiles/match';
import { demoUsers } from '@/prisma/factories';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';

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

type Listed = {
  id: string;
  slug: string;
  displayName: string;
  verifiedAt: Date | null;
  interests: string[];
  languages: string[];
  seeking: string[];
};

/** Every listed profile with its tags, read from the site's database. */
function listedProfiles(): Listed[] {
  const now = new Date();
  const rows = db
    .prepare(
      `SELECT "id", "slug", "displayName", "verifiedAt", "expiresAt" FROM "Profile" WHERE "status" = 'published'`,
    )
    .all() as { id: string; slug: string; displayName: string; verifiedAt: string | null; expiresAt: string | null }[];
  const tags = db.prepare(`SELECT "profileId", "kind", "value" FROM "ProfileTag"`).all() as {
    profileId: string;
    kind: string;
    value: string;
  }[];
  const of = (id: string, kind: string) =>
    tags.filter((tag) => tag.profileId === id && tag.kind === kind).map((tag) => tag.value);
  return rows
    .filter((row) => row.expiresAt && new Date(row.expiresAt) > now)
    .map((row) => ({
      ...row,
      verifiedAt: row.verifiedAt ? new Date(row.verifiedAt) : null,
      interests: of(row.id, 'interest'),
      languages: of(row.id, 'language'),
      seeking: of(row.id, 'seeking'),
    }));
}

/** Listed profiles other than `these`, whose names no other listed profile has (so a name finds one card). */
function everyoneBut(these: Listed[]): Listed[] {
  const everyone = listedProfiles();
  return everyone.filter(
    (profile) =>
      !these.some((one) => one.id === profile.id) &&
      everyone.filter((other) => other.displayName === profile.displayName).length === 1,
  );
}

const ranked = (profiles: Listed[], match: MatchInput) =>
  profiles
    .map((profile) => ({ id: profile.id, verifiedAt: profile.verifiedAt, score: matchScore(match, profile) }))
    .sort(compareMatches)
    .map((row) => row.id);

/** Two profiles from `candidates` whose interests, given to the pen pal, rank them first of everyone. */
function pairRankedFirst(candidates: Listed[], everyone: Listed[]): { pair: [Listed, Listed]; match: MatchInput } {
  for (const [i, a] of candidates.entries()) {
    for (const b of candidates.slice(i + 1)) {
      const match = { interests: [...new Set([...a.interests, ...b.interests])], languages: [], offers: [] };
      const top = ranked(everyone, match).slice(0, 2);
      if (top.includes(a.id) && top.includes(b.id)) return { pair: top[0] === a.id ? [a, b] : [b, a], match };
    }
  }
  throw new Error('No two profiles on the first page rank first by their own interests');
}

async function signedIn(javaScriptEnabled: boolean): Promise<Page> {
  const page = await newPage(browser, baseUrl, { javaScriptEnabled });
  await page.goto('/signin');
  await signInWithForm(page, penPal);
  return page;
}

const card = (page: Page, slug: string) => page.locator(`article#profile-${slug}`);
const cardNames = (page: Page) => page.locator('main article h2').allInnerTexts();

describe('a pen pal saving profiles', () => {
  let chosen: { pair: [Listed, Listed]; match: MatchInput };

  it('without JavaScript saves two profiles from the directory, each time back at the card, and finds them saved', async () => {
    const page = await signedIn(false);
    await page.goto('/profiles');
    const everyone = listedProfiles();
    const bySlug = new Map(everyone.map((profile) => [profile.slug, profile]));
    const slugs = await page
      .locator('main article')
      .evaluateAll((articles) => articles.map((article) => article.id.replace(/^profile-/, '')));
    chosen = pairRankedFirst(
      slugs.map((slug) => bySlug.get(slug)!),
      everyone,
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
    const before = { url: page.url(), scrollY: await page.evaluate(() => window.scrollY) };

    await target.getByRole('button', { name: `Save ${name}` }).click();
    const saved = target.getByRole('button', { name: `Saved ${name}` });
    await saved.waitFor();
    expect(await saved.getAttribute('aria-pressed')).toBe('true');
    await page.waitForLoadState('networkidle');
    // The same document (the marker survives) at the same URL (no #anchor to jump to), scrolled where it was. The
    // browser's scroll anchoring may move it by a pixel to keep the line in view still; a jump moves it by hundreds.
    expect({
      url: page.url(),
      marker: await page.evaluate(() => (window as unknown as { marker?: number }).marker),
    }).toEqual({ url: before.url, marker: 42 });
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before.scrollY)).toBeLessThanOrEqual(2);

    await saved.click();
    await target.getByRole('button', { name: `Save ${name}` }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before.scrollY)).toBeLessThanOrEqual(2);
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
