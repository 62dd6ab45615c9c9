import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoUsers } from '@/prisma/factories';
import { site } from '@/lib/site';
import { violations } from '../support/axe';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';

const baseUrl = inject('baseUrl');
const phone = { width: 390, height: 844 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The number in "N people found". */
async function found(page: Page): Promise<number> {
  return Number((await page.locator('#results-heading').innerText()).match(/[\d,]+/)![0].replace(',', ''));
}

/** The current page number in the pagination, and the last one. */
async function pagination(page: Page) {
  const pages = page.getByRole('navigation', { name: 'Pages' });
  const current = await pages.locator('[aria-current="page"]').innerText();
  const last = await pages
    .getByRole('link', { name: /^Page \d+$/ })
    .last()
    .innerText();
  return { current: Number(current), last: Number(last) };
}

describe('a visitor browsing the directory', () => {
  it('without JavaScript ticks a common interest chip, whose count is the number found, and opens a profile', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/profiles');
    const everyone = await found(page);
    expect(everyone).toBeGreaterThan(150);

    // The most common interests are shown as chips with their counts, without opening anything.
    const chips = page.getByRole('list', { name: 'Most common interests' }).getByRole('checkbox');
    expect(await chips.count()).toBe(8);
    const chip = chips.first();
    expect(await chip.isVisible()).toBe(true);
    const [, label, count] = (await chip.evaluate((box) => box.closest('label')!.innerText)).match(
      /^(.+) \(([\d,]+)\)$/,
    )!;
    await chip.check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/interests=/);
    expect(await found(page)).toBe(Number(count!.replace(',', '')));
    expect(await found(page)).toBeLessThan(everyone);
    expect(await page.title()).toBe(`Find a pen pal: ${label} · ${site.name}`);
    // axe runs in the page, so it needs JavaScript; the HTML is the same.
    const checked = await newPage(browser, baseUrl);
    await checked.goto(page.url());
    expect({ path: 'filtered', violations: await violations(checked) }).toEqual({ path: 'filtered', violations: [] });
    await checked.context().close();

    const first = page.locator('main article').first();
    const name = await first.getByRole('heading').innerText();
    await first.getByRole('heading').getByRole('link').click();
    await page.waitForURL(/\/profiles\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(name);
    await expect(page.getByRole('link', { name: label!, exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { name: 'Mailing address' }).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('every other interest is one click away, and a ticked one keeps it open', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/profiles');
    const more = page.getByText(/^More interests \(\d+\)$/);
    const common = await page.getByRole('list', { name: 'Most common interests' }).getByRole('checkbox').all();
    const commonValues = await Promise.all(common.map((box) => box.getAttribute('value')));
    await more.click();
    const other = page.locator('details:has(> summary:text-matches("More interests")) input[type=checkbox]').first();
    const value = await other.getAttribute('value');
    expect(commonValues).not.toContain(value);
    await other.check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(new RegExp(`interests=${value}`));
    await expect(page.locator(`input[name=interests][value="${value}"]`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`input[name=interests][value="${value}"]`).isChecked()).resolves.toBe(true);
    await page.context().close();
  });

  it('with JavaScript, a choice made with the mouse applies without a full reload', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/profiles');
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByLabel('Gender').selectOption('woman');
    await page.waitForURL(/gender=woman/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await page.context().close();
  });

  it('with JavaScript, stepping through a select with the arrow keys navigates only when focus leaves it', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/profiles');
    const state = page.getByLabel('State');
    await state.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const chosen = await state.inputValue();
    expect(chosen).not.toBe('');
    await page.waitForTimeout(1_000);
    expect(new URL(page.url()).search).toBe('');
    await page.keyboard.press('Tab');
    await page.waitForURL(new RegExp(`state=${chosen}`));
    // Focus stays where the keyboard put it, also on the freshly mounted copy a visitor is shown.
    await page.waitForFunction(() => document.activeElement?.id === 'filter-seeking', null, { timeout: 5_000 });
    expect(await page.getByLabel('State').inputValue()).toBe(chosen);
    await page.context().close();
  });

  it('names the order it sorts by', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/profiles');
    const sort = page.getByLabel('Sort by');
    expect(await sort.locator('option:checked').innerText()).toBe('Newest listings first');
    expect(await sort.locator('option').allInnerTexts()).toEqual([
      'Newest listings first',
      'Recently verified first',
      'Soonest release first',
    ]);
    await page.context().close();
  });

  it('an empty result suggests what to loosen', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/profiles?q=zzzqqqxxx');
    await expect(page.getByText('No one matches all of these filters.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: /zzzqqqxxx/ }).isVisible()).resolves.toBe(true);
    expect(await page.title()).toBe(`Find a pen pal: “zzzqqqxxx” · ${site.name}`);
    await page.context().close();
  });

  it('says why a search of only emoji, or a pasted page of text, was not run, and limits the box', async () => {
    const page = await newPage(browser, baseUrl, { viewport: phone });
    const everyone = await page.goto('/profiles').then(() => found(page));
    expect(await page.getByLabel('Search names, bios and interests').getAttribute('maxlength')).toBe('100');

    const emoji = await page.goto(`/profiles?q=${encodeURIComponent('🙂♟️')}`);
    expect(emoji!.status()).toBe(200);
    const alert = page.getByRole('alert').filter({ hasText: 'Your search was not run' });
    expect(await alert.innerText()).toContain('Your search has no letters or numbers in it.');
    expect(await found(page)).toBe(everyone);
    expect(await page.title()).toBe(`Error: Find a pen pal · ${site.name}`);
    expect({ path: 'emoji search', violations: await violations(page) }).toEqual({
      path: 'emoji search',
      violations: [],
    });

    const long = await page.goto(`/profiles?q=${'chess '.repeat(500)}`);
    expect(long!.status()).toBe(200);
    expect(await alert.innerText()).toContain('Your search is 2,999 characters long. Use up to 100 characters');
    // "Change your search" opens the filters and reaches the box, which holds what fits.
    await alert.getByRole('link', { name: 'Change your search' }).click();
    const box = page.getByLabel('Search names, bios and interests');
    expect(await box.isVisible()).toBe(true);
    expect((await box.inputValue()).length).toBe(100);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });
});

describe('pages of the directory', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`numbers its pages and names the page in the title (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await newPage(browser, baseUrl, { javaScriptEnabled });
      await page.goto('/profiles');
      expect(await page.title()).toBe(`Find a pen pal · ${site.name}`);
      expect(await pagination(page)).toMatchObject({ current: 1 });
      await page.getByRole('link', { name: 'Page 2', exact: true }).click();
      await page.waitForURL(/page=2/);
      await page.waitForFunction(() => document.title.startsWith('Find a pen pal: page 2'));
      expect(await page.title()).toBe(`Find a pen pal: page 2 · ${site.name}`);
      expect(await pagination(page)).toMatchObject({ current: 2 });
      await page.getByRole('link', { name: 'Next' }).click();
      await page.waitForURL(/page=3/);
      await page.getByRole('link', { name: 'Previous' }).click();
      await page.waitForURL(/page=2$/);
      expect(await page.locator('main article').count()).toBe(24);
      await page.context().close();
    });
  }

  it('shows the last page for a page past the end, and page 1 for a page that is not a number', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/profiles');
    const { last } = await pagination(page);
    expect(last).toBeGreaterThan(3);
    const lastCards = await page
      .goto(`/profiles?page=${last}`)
      .then(() => page.locator('main article h2').allInnerTexts());

    for (const query of ['page=999', 'page=99999999']) {
      const response = await page.goto(`/profiles?${query}`);
      expect(response!.status()).toBe(200);
      expect(await pagination(page)).toEqual({ current: last, last });
      expect(await page.locator('main article h2').allInnerTexts()).toEqual(lastCards);
      expect(await page.title()).toBe(`Find a pen pal: page ${last} · ${site.name}`);
    }
    for (const query of ['page=0', 'page=-4', 'page=abc']) {
      await page.goto(`/profiles?${query}`);
      expect(await pagination(page)).toEqual({ current: 1, last });
      expect(await page.title()).toBe(`Find a pen pal · ${site.name}`);
    }
    await page.context().close();
  });

  it('a signed-in pen pal past the end sees the last page of their best match', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[2].email);
    await page.goto('/profiles?page=999');
    const { current, last } = await pagination(page);
    expect(current).toBe(last);
    expect(await page.locator('main article').count()).toBeGreaterThan(0);
    expect(await page.title()).toBe(`Find a pen pal: page ${last} · ${site.name}`);
    await page.context().close();
  });
});

describe('the directory on a phone', () => {
  it('fits its numbered pages in 390 px', async () => {
    const page = await newPage(browser, baseUrl, { viewport: phone });
    await page.goto('/profiles?page=5');
    const nav = page.getByRole('navigation', { name: 'Pages' });
    expect((await nav.getByRole('link', { name: /^Page \d+$/ }).allInnerTexts()).length).toBeLessThanOrEqual(7);
    for (const link of await nav.getByRole('link').all()) {
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    expect({ path: 'page 5 on a phone', violations: await violations(page) }).toEqual({
      path: 'page 5 on a phone',
      violations: [],
    });
    await page.context().close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`shows the results first after applying filters, the count in view (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await newPage(browser, baseUrl, { javaScriptEnabled, viewport: phone });
      await page.goto('/profiles');
      const gender = page.getByLabel('Gender');
      expect(await gender.isVisible()).toBe(false);
      const [summary, firstCard] = await Promise.all([
        page.locator('summary', { hasText: 'Filters' }).boundingBox(),
        page.locator('main article').first().boundingBox(),
      ]);
      expect(firstCard!.y).toBeLessThan(phone.height);
      expect(summary!.y).toBeLessThan(firstCard!.y);

      await page.locator('summary', { hasText: 'Filters' }).click();
      // The button that applies them stays in view while the filters are open.
      const apply = page.getByRole('button', { name: 'Apply filters' });
      const button = (await apply.boundingBox())!;
      expect(button.y + button.height).toBeLessThanOrEqual(phone.height);
      await page.getByRole('list', { name: 'Most common interests' }).getByRole('checkbox').first().click();
      if (javaScriptEnabled) {
        // A ticked box applies at once; the filters stay open, focus on the box.
        await page.waitForURL(/interests=/);
        await page.waitForFunction(() => document.activeElement?.id.startsWith('interest-'), null, { timeout: 5_000 });
        expect(await gender.isVisible()).toBe(true);
      }
      await gender.focus();
      await page.keyboard.press('ArrowDown');
      await apply.click();
      await page.waitForURL(/gender=/);
      await page.locator('summary', { hasText: 'Filters (2 on)' }).waitFor();
      expect(await gender.isVisible()).toBe(false);
      const count = (await page.locator('#results-heading').boundingBox())!;
      expect(count.y).toBeGreaterThanOrEqual(0);
      expect(count.y + count.height).toBeLessThan(phone.height);
      const card = (await page.locator('main article').first().boundingBox())!;
      expect(card.y).toBeLessThan(phone.height);
      if (javaScriptEnabled) {
        await page.waitForFunction(() => document.activeElement?.id === 'results-heading', null, { timeout: 5_000 });
        expect(await page.locator('#results-heading').getAttribute('aria-live')).toBe('polite');
      }
      await page.context().close();
    });
  }
});
