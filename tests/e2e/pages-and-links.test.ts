import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoUsers } from '@/prisma/factories';
import { violations } from '../support/axe';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';

// The site's own addresses and furniture: the feed as a page, the icons, and a header that stays one row on a phone.
const baseUrl = inject('baseUrl');
const PHONE = { width: 390, height: 844 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The header is one row (it was 113 px with "Sign in" wrapped to its own line), and nothing is wider than the screen. */
async function expectOneRow(page: Page) {
  const box = await page.getByRole('banner').boundingBox();
  expect(box!.height).toBeLessThanOrEqual(64);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
}

describe('the feed', () => {
  it('is RSS with its addresses on SITE_URL, and asks browsers to style it with /feed.css', async () => {
    const response = await fetch(`${baseUrl}/feed.xml`);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect(xml.split('\n').slice(0, 3)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml-stylesheet type="text/css" href="/feed.css"?>',
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    ]);
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>|href="(http[^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(link!.startsWith(`${baseUrl}/`)).toBe(true);

    const stylesheet = await fetch(`${baseUrl}/feed.css`);
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('opens in a browser as a page that explains feeds and lists the articles, within the site’s policy', async () => {
    const page = await newPage(browser, baseUrl);
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused/i.test(message.text())) refused.push(message.text());
    });
    await page.goto('/feed.xml');
    const shown = await page.evaluate(() => {
      const words = (selector: string, pseudo: string) =>
        getComputedStyle(document.querySelector(selector)!, pseudo).content.replace(/^"|"$/g, '');
      return {
        background: getComputedStyle(document.documentElement).backgroundColor,
        heading: words('channel > description', '::before'),
        explanation: words('channel > description', '::after'),
        howTo: words('channel > link:not([href])', '::before'),
        items: [...document.querySelectorAll('item > title')].filter(
          (title) => title.getBoundingClientRect().height > 0,
        ).length,
      };
    });
    expect(shown).toMatchObject({
      background: 'rgb(251, 247, 240)',
      heading: 'Follow our articles with a feed',
      explanation: expect.stringContaining('This page is a feed: a list of our newest articles') as string,
      howTo: expect.stringContaining('You do not need a feed to read our articles') as string,
    });
    expect(shown.items).toBeGreaterThan(3);
    expect(refused).toEqual([]);
    await page.context().close();
  });
});

describe('icons', () => {
  it('serves the favicon, the app icons and a manifest, and every page links them', async () => {
    for (const [path, type] of [
      ['/favicon.ico', 'image/x-icon'],
      ['/icon.svg', 'image/svg+xml'],
      ['/apple-icon.png', 'image/png'],
      ['/manifest.webmanifest', 'application/manifest+json'],
    ]) {
      const response = await fetch(`${baseUrl}${path}`);
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({
        path,
        status: 200,
        type,
      });
    }
    const manifest = await (await fetch(`${baseUrl}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({ name: 'Beyond Bars', start_url: '/' });

    const html = await (await fetch(`${baseUrl}/articles`)).text();
    expect(html).toMatch(/<link rel="icon" href="\/favicon.ico[^"]*"[^>]* type="image\/x-icon"/);
    expect(html).toMatch(/<link rel="icon" href="\/icon.svg[^"]*"[^>]* type="image\/svg\+xml"/);
    expect(html).toMatch(/<link rel="apple-touch-icon" href="\/apple-icon.png[^"]*"/);
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
  });
});

describe('the header on a phone', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`is one row with "Sign in" and a menu of the sections (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await newPage(browser, baseUrl, { javaScriptEnabled, viewport: PHONE });
      await page.goto('/');
      await expectOneRow(page);
      const banner = page.getByRole('banner');
      expect(await banner.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);
      expect(await banner.getByRole('link', { name: 'Articles' }).isVisible()).toBe(false);

      await banner.getByText('Menu').click();
      // axe runs as a script in the page, so only with JavaScript.
      if (javaScriptEnabled) expect(await violations(page)).toEqual([]);
      await banner.getByRole('link', { name: 'Articles' }).click();
      await page.waitForURL('**/articles');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // The menu is closed on the new page, with or without JavaScript.
      expect(await banner.getByRole('link', { name: 'Profiles' }).isVisible()).toBe(false);
      await page.context().close();
    });
  }

  it('keeps a signed-in pen pal’s name, unread count and account menu in the same row', async () => {
    const page = await newPage(browser, baseUrl, { viewport: PHONE });
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[2].email);
    await page.goto('/inbox');
    const banner = page.getByRole('banner');
    await banner.getByText('Account menu:').waitFor({ state: 'attached' });
    await expectOneRow(page);
    // The longest name with an unread count still fits: the name is cut short, never the row.
    await banner.locator('summary .truncate').evaluate((name) => {
      name.textContent = 'Maximiliana Featherstonehaugh-Bartholomew';
      name.insertAdjacentHTML(
        'afterend',
        '<span class="ml-1 shrink-0 rounded-full bg-amber-300 px-2 text-sm">12</span>',
      );
    });
    await expectOneRow(page);
    await banner.getByText('Maximiliana').click();
    expect(await banner.getByRole('link', { name: /^Inbox/ }).isVisible()).toBe(true);
    expect(await banner.getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows every section in the row on a computer', async () => {
    const page = await newPage(browser, baseUrl, { viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    const banner = page.getByRole('banner');
    for (const name of ['Articles', 'Profiles', 'About', 'Safety', 'Sign in', 'Create account'])
      expect({ name, visible: await banner.getByRole('link', { name }).isVisible() }).toEqual({ name, visible: true });
    expect(await banner.getByText('Menu').isVisible()).toBe(false);
    await page.context().close();
  });
});
