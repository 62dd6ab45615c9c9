import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers } from '@/prisma/factories';
import { newPage, signInWithForm } from '../support/browser';
import { openOwnSite, type OwnSite } from '../support/own-site';

// A page that fails on the server, in a real browser: the error page inside the site's or the console's layout, with
// the digest as a reference number that finds the server's one JSON line about it. Its own site, whose database this
// file breaks on purpose (a table renamed away while the server runs).
const [ADMIN] = demoUsers;

let site: OwnSite;
let database: Database.Database;

beforeAll(async () => {
  site = await openOwnSite('errors', 92);
  database = new Database(site.env.DATABASE_URL.replace(/^file:/, ''));
}, 120_000);

afterAll(async () => {
  database?.close();
  await site?.close();
});

/** The server's JSON error lines about `path`. */
function requestErrors(path: string) {
  return site.server
    .errors()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.msg === 'request failed' && line.path === path);
}

async function referenceOn(page: Page): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Something went wrong' }).waitFor();
  return (await page.locator('strong.font-mono').textContent())!;
}

describe('a page that fails on the server', () => {
  it('shows the site’s error page in the site’s layout, its reference the digest of the logged line', async () => {
    const page = await newPage(site.browser, site.server.url);
    database.exec('ALTER TABLE "Profile" RENAME TO "Profile_away"');
    try {
      // A search nobody made before, so the directory is not served from the shared data cache.
      const response = await page.goto('/profiles?q=nobody-searched-this');
      expect(response!.status()).toBe(500);
      const reference = await referenceOn(page);
      expect(await page.title()).toMatch(/^Something went wrong · /);
      await expect(page.getByRole('link', { name: 'Home' }).isVisible()).resolves.toBe(true);
      await expect(page.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);
      // The site's header and footer stay.
      await expect(page.getByRole('banner').getByRole('link', { name: 'Profiles' }).isVisible()).resolves.toBe(true);
      expect(await page.content()).not.toContain('no such table');
      await expect.poll(() => requestErrors('/profiles').map((line) => line.digest)).toContain(reference);
      const [line] = requestErrors('/profiles');
      expect(line).toMatchObject({ level: 'error', route: '/profiles', routeType: 'render' });
      expect(line!.requestId).toEqual(expect.any(String));
    } finally {
      database.exec('ALTER TABLE "Profile_away" RENAME TO "Profile"');
      await page.context().close();
    }
  });

  it('without JavaScript shows the same words, its reference the request id of the logged line', async () => {
    const page = await newPage(site.browser, site.server.url, { javaScriptEnabled: false });
    database.exec('ALTER TABLE "Profile" RENAME TO "Profile_away"');
    try {
      const response = await page.goto('/profiles?q=nobody-searched-this-either');
      expect(response!.status()).toBe(500);
      const html = await page.content();
      expect(html).toContain('<h1 style="font-size:2.25rem;font-weight:700">Something went wrong</h1>');
      expect(await page.title()).toMatch(/^Something went wrong · /);
      const reference = /quote the reference <strong>([\w-]+)<\/strong>/.exec(html)![1]!;
      expect(reference).toBe(response!.headers()['x-request-id']);
      await expect.poll(() => requestErrors('/profiles').map((line) => line.requestId)).toContain(reference);
      expect(html).not.toContain('no such table');
    } finally {
      database.exec('ALTER TABLE "Profile_away" RENAME TO "Profile"');
      await page.context().close();
    }
  });

  it('shows the console’s error page in the console’s layout, leading back to the dashboard', async () => {
    const page = await newPage(site.browser, site.server.url);
    await page.goto('/signin');
    await signInWithForm(page, ADMIN.email, demoPassword(site.dataDir, ADMIN.email));
    database.exec('ALTER TABLE "Comment" RENAME TO "Comment_away"');
    try {
      const response = await page.goto('/admin/comments');
      expect(response!.status()).toBe(500);
      const reference = await referenceOn(page);
      await expect(page.getByText('tell whoever runs the site').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('link', { name: 'Dashboard' }).last().isVisible()).resolves.toBe(true);
      await expect(page.getByRole('navigation', { name: 'Moderation' }).isVisible()).resolves.toBe(true);
      await expect.poll(() => requestErrors('/admin/comments').map((line) => line.digest)).toContain(reference);

      // Without JavaScript, the console's words.
      const plain = await newPage(site.browser, site.server.url, { javaScriptEnabled: false });
      await plain.goto('/signin');
      await signInWithForm(plain, ADMIN.email, demoPassword(site.dataDir, ADMIN.email));
      expect((await plain.goto('/admin/comments'))!.status()).toBe(500);
      const html = await plain.content();
      expect(html).toContain('tell whoever runs the site and quote the reference');
      expect(html).toContain('<a href="/admin">Dashboard</a>');
      await plain.context().close();
    } finally {
      database.exec('ALTER TABLE "Comment_away" RENAME TO "Comment"');
      await page.context().close();
    }
  });
});
