import { describe, expect, inject, it } from 'vitest';
import { demoUsers } from '@/prisma/factories';
import { PAGE_JS_BUDGET_KB, measurePageJs } from '@/scripts/page-js';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';

const baseUrl = inject('baseUrl');

describe('the JavaScript a public page ships', () => {
  it(`stays within ${PAGE_JS_BUDGET_KB} kB gzip on every public page, forms included`, async () => {
    const directory = await (await fetch(`${baseUrl}/profiles`)).text();
    const profile = directory.match(/href="(\/profiles\/[a-z]+-[a-z]-\d+)"/)?.[1];
    expect(profile).toBeDefined();
    const paths = ['/', '/about', '/articles/how-to-write-your-first-letter', '/profiles', profile!];
    const forms = ['/profiles/submit', '/signup', '/signin'];
    const measured = [];
    for (const path of [...paths, ...forms]) measured.push(await measurePageJs(baseUrl, path));
    const over = measured.filter((page) => page.kb > PAGE_JS_BUDGET_KB).map((page) => `${page.path}: ${page.kb}`);
    expect(over).toEqual([]);
    // The measure itself: React and Next alone are well over 100 kB, so a page measured at less found no scripts.
    for (const page of measured) expect(page.kb).toBeGreaterThan(100);
  });
});

describe('the JavaScript a pen pal’s letters pages ship', () => {
  it(`stays within ${PAGE_JS_BUDGET_KB} kB gzip on the inbox, a thread, stop writing and the composer`, async () => {
    const browser = await launchBrowser();
    const page = await newPage(browser, baseUrl);
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[2].email);
    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
    await page.goto('/inbox');
    const thread = await page.locator('main a[href^="/inbox/"]').first().getAttribute('href');
    await page.goto('/letters');
    const letter = await page.locator('main a[href^="/letters/"]').first().getAttribute('href');
    await browser.close();
    expect({ thread, letter }).toEqual({ thread: expect.any(String), letter: expect.any(String) });

    const measured = [];
    for (const path of ['/inbox', thread!, `${thread!}/stop`, letter!])
      measured.push(await measurePageJs(baseUrl, path, { cookie }));
    expect(measured.filter((page) => page.kb > PAGE_JS_BUDGET_KB).map((page) => `${page.path}: ${page.kb}`)).toEqual(
      [],
    );
    for (const page of measured) expect(page.kb).toBeGreaterThan(100);
  });
});
