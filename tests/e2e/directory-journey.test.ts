import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage } from '../support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a visitor browsing the directory', () => {
  it('without JavaScript filters by an interest through the URL and opens a profile', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/profiles');
    const everyone = Number((await page.locator('#results-heading').innerText()).match(/[\d,]+/)![0].replace(',', ''));
    expect(everyone).toBeGreaterThan(150);

    await page.getByText('Interests', { exact: true }).click();
    await page.getByLabel('Chess', { exact: true }).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/interests=chess/);
    const heading = await page.locator('#results-heading').innerText();
    const matches = Number(heading.match(/[\d,]+/)![0].replace(',', ''));
    expect(matches).toBeGreaterThan(0);
    expect(matches).toBeLessThan(everyone);

    const first = page.locator('main article').first();
    const name = await first.getByRole('heading').innerText();
    await first.getByRole('heading').getByRole('link').click();
    await page.waitForURL(/\/profiles\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(name);
    await expect(page.getByRole('link', { name: 'Chess' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Mailing address' }).isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByText(/verified (today|\d+ days? ago)/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await page.context().close();
  });

  it('with JavaScript, changing a filter updates the results without a full reload', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/profiles');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByLabel('Gender').selectOption('woman');
    await page.waitForURL(/gender=woman/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.context().close();
  });

  it('an empty result suggests what to loosen', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/profiles?q=zzzqqqxxx');
    await expect(page.getByText('No one matches all of these filters.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: /zzzqqqxxx/ }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('on a phone the results come first and the filters fold away until asked for', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    await page.goto('/profiles');
    const gender = page.getByLabel('Gender');
    expect(await gender.isVisible()).toBe(false);
    const [summary, firstCard] = await Promise.all([
      page
        .getByText(/^Filters/, { exact: false })
        .first()
        .boundingBox(),
      page.locator('main article').first().boundingBox(),
    ]);
    expect(firstCard!.y).toBeLessThan(844);
    expect(summary!.y).toBeLessThan(firstCard!.y);
    await page.locator('summary', { hasText: 'Filters' }).click();
    await gender.selectOption('woman');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/gender=woman/);
    await expect(page.locator('summary', { hasText: 'Filters (1 on)' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
