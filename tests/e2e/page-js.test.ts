import { describe, expect, inject, it } from 'vitest';
import { PAGE_JS_BUDGET_KB, measurePageJs } from '@/scripts/page-js';

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
