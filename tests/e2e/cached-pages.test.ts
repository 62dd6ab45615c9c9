import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers } from '@/prisma/factories';
import { newPage, signInWithForm } from '../support/browser';
import { openOwnSite, type OwnSite } from '../support/own-site';
import { E2E_DIST_DIR, type RunningServer } from '../support/servers';

// The directory and profile pages come from a cache shared by every visitor; what is personal (best match, saved
// marks) must stay with the one who is signed in. Its own server and database: the pen pal saves profiles here.
const ADMIN = demoUsers[0].email;
const PEN_PAL = demoUsers[2].email;

let site: OwnSite;
let server: RunningServer;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  site = await openOwnSite('cached', 75);
  ({ server, browser, dataDir } = site);
}, 120_000);

afterAll(async () => {
  await site?.close();
});

async function signedIn(email: string, javaScriptEnabled = true): Promise<Page> {
  const page = await newPage(browser, server.url, { javaScriptEnabled });
  await page.goto('/signin');
  await signInWithForm(page, email, demoPassword(dataDir, email));
  return page;
}

/** What a visitor's copy of `url` shows of anyone's personal state. */
async function personalParts(page: Page, url: string) {
  await page.goto(url);
  return {
    bestMatch: await page.locator('p', { hasText: /^Best match/ }).count(),
    savedButtons: await page.locator('button[aria-pressed="true"]').count(),
    saveButtons: await page.locator('button[aria-pressed]').count(),
    signInToSave: await page.locator('a[href^="/signin?next="]', { hasText: 'Save' }).count(),
  };
}

describe.each([true, false])('cached pages with JavaScript %s', (javaScriptEnabled) => {
  it('a pen pal’s best match and saved profiles never reach a visitor or a staff member', async () => {
    const penPal = await signedIn(PEN_PAL, javaScriptEnabled);
    await penPal.goto('/profiles');
    await penPal.locator('p', { hasText: /^Best match/ }).waitFor();
    const card = penPal
      .locator('main li')
      .filter({ has: penPal.locator('button[aria-pressed="false"]') })
      .first();
    const profilePath = await card.locator('a[href^="/profiles/"]').first().getAttribute('href');
    await card.locator('button[aria-pressed="false"]').click();
    await penPal.locator(`li:has(a[href="${profilePath}"]) button[aria-pressed="true"]`).waitFor();
    await penPal.goto(profilePath!);
    await penPal.locator('button[aria-pressed="true"]').waitFor();

    const visitor = await newPage(browser, server.url, { javaScriptEnabled });
    for (const url of ['/profiles', '/profiles?sort=newest', profilePath!]) {
      const seen = await personalParts(visitor, url);
      expect(seen, url).toMatchObject({ bestMatch: 0, savedButtons: 0, saveButtons: 0 });
      expect(seen.signInToSave, url).toBeGreaterThan(0);
    }
    const staff = await signedIn(ADMIN, javaScriptEnabled);
    for (const url of ['/profiles', profilePath!])
      expect(await personalParts(staff, url), url).toMatchObject({
        bestMatch: 0,
        saveButtons: 0,
        signInToSave: 0,
      });

    // And the pen pal's own page still shows theirs after the others filled the cache.
    expect((await personalParts(penPal, profilePath!)).savedButtons).toBe(1);
    await Promise.all([penPal, visitor, staff].map((page) => page.context().close()));
  });
});

describe('the shared directory copy', () => {
  it('is what a visitor gets, compressed once with its ETag; a copy a client names in headers is never reached', async () => {
    const get = (headers: Record<string, string> = {}) =>
      fetch(`${server.url}/profiles?state=OR`, { headers: { 'accept-encoding': 'br', ...headers } });
    await get();
    const shared = await get();
    expect(shared.headers.get('cache-control')).toMatch(/s-maxage/);
    expect(shared.headers.get('x-nextjs-cache')).toMatch(/HIT|STALE/);
    expect(shared.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    const html = await shared.text();
    expect(html).toContain('<title>Find a pen pal: Oregon');
    // The browser's copy is still good: no body.
    expect((await get({ 'if-none-match': shared.headers.get('etag')! })).status).toBe(304);
    const forged = await get({ 'x-bb-shared-version': 'made-up', 'x-bb-shared-key': 'c3RhdGU9V0E' });
    expect(forged.headers.get('etag')).toBe(shared.headers.get('etag'));
    expect(await forged.text()).toBe(html);
    // Someone signed in gets the page rendered for them, never kept.
    const signedIn = await fetch(`${server.url}/profiles?state=OR`, { headers: { cookie: 'bb.session=not-valid' } });
    expect(signedIn.headers.get('cache-control')).toMatch(/private|no-store/);
    expect(signedIn.headers.get('etag')).toBeNull();
  });
});

describe('the cache of rendered pages', () => {
  it('is kept in memory: no shared copy is ever written to disk, where each data version would leave its own', async () => {
    for (const url of ['/profiles?state=TX', '/profiles?gender=woman', '/profiles?page=2']) {
      await fetch(`${server.url}${url}`);
      expect((await fetch(`${server.url}${url}`)).headers.get('x-nextjs-cache'), url).toMatch(/HIT|STALE/);
    }
    // Where Next's own cache writes every page it renders (one folder per route kind).
    const cacheDir = path.join(E2E_DIST_DIR, 'server', 'route-cache');
    const written = existsSync(cacheDir)
      ? readdirSync(cacheDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.includes('shared'))
      : [];
    expect(written).toEqual([]);
  });
});
