import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoUsers } from '@/prisma/factories';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';

const baseUrl = inject('baseUrl');
const ARTICLE = '/articles/staying-safe-as-a-pen-pal';
const SEARCH = '/profiles?q=letters';

let browser: Browser;
let photo: Buffer;

beforeAll(async () => {
  browser = await launchBrowser();
  photo = await sharp({ create: { width: 320, height: 400, channels: 3, background: '#6a8caf' } })
    .jpeg()
    .toBuffer();
});

afterAll(async () => {
  await browser?.close();
});

/** Chromium reports each blocked script, style, image or connection on the console; collect them for the page's life. */
function collectPolicyViolations(page: Page): string[] {
  const found: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      found.push(`${new URL(page.url()).pathname}: ${message.text()}`);
  });
  return found;
}

/** React marks the elements it has hydrated; a blocked inline payload script leaves the page unhydrated. */
async function expectHydrated(page: Page) {
  await page.waitForLoadState('load');
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__react'))),
    )
    .toBe(true);
}

describe('security headers', () => {
  it('a prerendered page and a rendered-per-request page carry the same policy, and the article stays prerendered', async () => {
    // A directory search is rendered per request; a visitor's /profiles is a shared prerendered copy (shared-pages.ts).
    for (const path of ['/about', ARTICLE, '/profiles', SEARCH]) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status).toBe(200);
      const policy = response.headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ]) {
        expect({ path, policy }).toEqual({ path, policy: expect.stringContaining(directive) });
      }
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy')).toContain('camera=()');
      // The site under test is served over http: no HSTS, no upgrade (tests/unit/security-headers.test.ts covers https).
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(policy).not.toContain('upgrade-insecure-requests');
    }
    // The policy must not cost the static pages their prerendering.
    for (const path of ['/about', ARTICLE])
      expect((await fetch(`${baseUrl}${path}`)).headers.get('x-nextjs-prerender')).toMatch(/^1/);
    // An article is served as it was built, with no cookie: its comment form's stamp comes with an image in the form.
    const article = await fetch(`${baseUrl}${ARTICLE}`);
    expect(article.headers.get('set-cookie')).toBeNull();
    expect(await article.text()).toContain(`<img src="${ARTICLE}/form-stamp"`);
    const stamp = await fetch(`${baseUrl}${ARTICLE}/form-stamp`);
    expect(stamp.headers.get('content-type')).toBe('image/gif');
    const cookie = stamp.headers.get('set-cookie')!;
    expect(cookie).toMatch(new RegExp(`^bb_form_stamp=\\d+\\..+; Path=${ARTICLE}; `));
    // The page showing a form's errors loads the image again: the first stamp stays.
    const again = await fetch(`${baseUrl}${ARTICLE}/form-stamp`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(again.headers.get('set-cookie')).toBeNull();
    expect((await fetch(`${baseUrl}${SEARCH}`)).headers.get('x-nextjs-prerender')).toBeNull();
  });

  it('a reader, a representative and a moderator go through the site without one policy violation', async () => {
    const page = await newPage(browser, baseUrl);
    const violations = collectPolicyViolations(page);

    await page.goto('/');
    await expectHydrated(page);

    // An article, and a comment posted through the form's server action (the minimum fill time is three seconds).
    await page.goto(ARTICLE);
    await expectHydrated(page);
    await page.waitForTimeout(3_200);
    const form = page.locator('#respond form');
    await form.getByLabel(/^Comment/).fill(`Checking the page works under its security policy (${Date.now()}).`);
    await form.getByLabel(/^Name/).fill('Paula Policy');
    await form.getByLabel(/^Email/).fill('paula.policy@example.org');
    await form.getByRole('button', { name: 'Post comment' }).click();
    await page.getByRole('heading', { name: 'Your comment is awaiting moderation' }).waitFor();

    await page.goto('/profiles');
    await expectHydrated(page);
    await page.locator('main article a').first().click();
    await page.waitForURL(/\/profiles\/[a-z0-9-]+$/);
    await expectHydrated(page);

    await page.goto('/profiles/submit');
    await expectHydrated(page);
    await page
      .getByLabel(/^A recent photo/)
      .setInputFiles({ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: photo });

    await page.goto('/signin');
    await expectHydrated(page);
    await signInWithForm(page, demoUsers[0].email);
    await page.goto('/admin/profiles');
    const review = await page.getByRole('link', { name: 'Review' }).first().getAttribute('href');
    for (const path of ['/admin', '/admin/comments', '/admin/profiles', review!, '/admin/reports', '/admin/audit']) {
      await page.goto(path);
      await expectHydrated(page);
    }
    await page.context().close();
    expect(violations).toEqual([]);
  });
});
