import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoUsers } from '@/prisma/factories';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';

const baseUrl = inject('baseUrl');
const NAME = `Zephyrine Q${Date.now() % 1000}.`;
const BIO =
  'I trace family trees for the people on my unit and I am learning to knit. Tell me where your family comes from.';

let browser: Browser;
let photo: Buffer;
let profilePath = '';
let photoSrc = '';

beforeAll(async () => {
  browser = await launchBrowser();
  photo = await sharp({ create: { width: 640, height: 800, channels: 3, background: '#6a8caf' } })
    .jpeg()
    .toBuffer();
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a moderation page, which asks a signed-out visitor to sign in first and then comes back. */
async function signInAsAdmin(page: Page, next: string) {
  await page.goto(next);
  await signInWithForm(page, demoUsers[0].email);
  expect(new URL(page.url()).pathname).toBe(next);
}

describe('a representative submits, an admin approves, a visitor finds the profile', () => {
  it('a representative without JavaScript submits a profile with a photo, fixing a mistake on the way', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/profiles/submit');
    await page.getByLabel(/^Name to show/).fill(NAME);
    await page.getByLabel(/^Name as on facility records/).fill('Zephyrine Alma Quist');
    // Date of birth in three boxes, as on GOV.UK forms: no picker to scroll back decades.
    const birth = page.getByRole('group', { name: /^Date of birth/ });
    await birth.getByLabel('Day').fill('2');
    await birth.getByLabel('Month').fill('6');
    await birth.getByLabel('Year').fill('1979');
    await page.getByLabel(/^Gender/).selectOption('woman');
    await page.getByLabel(/^Offense disclosure/).fill('Prefer to discuss in letters');
    await page.getByLabel(/^About them/).fill(BIO);
    await page
      .getByRole('group', { name: /^Interests/ })
      .getByLabel('Genealogy')
      .check();
    await page.getByLabel(/^Other interests/).fill('knitting');
    await page
      .getByRole('group', { name: /^Looking for/ })
      .getByLabel('Friendship')
      .check();
    await page
      .getByRole('group', { name: /^Writes in/ })
      .getByLabel('English')
      .check();
    await page.getByLabel(/^Inmate number/).fill('Q-20417');
    await page.getByRole('combobox', { name: /^Facility( \*)?$/ }).selectOption({ index: 1 });
    await page
      .getByLabel(/^A recent photo/)
      .setInputFiles({ name: 'portrait.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByLabel(/^Your name/).fill('Agnes Quist');
    await page.getByLabel(/^Your email/).fill('agnes.quist@example.org');
    await page.getByLabel(/^How you know them/).selectOption('sister');
    // Consent left unticked: the form comes back with that one error and everything else kept, photo included.
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.waitForLoadState('load');
    await expect(page.locator('#consent-error').innerText()).resolves.toMatch(
      /^We can only list someone who has agreed/,
    );
    // The GOV.UK pattern, without JavaScript too: "There is a problem", each error linked to its field.
    await expect(
      page.getByRole('link', { name: /^Consent: We can only list someone who has agreed to it/ }).getAttribute('href'),
    ).resolves.toBe('#consent');
    expect(await page.getByRole('heading', { name: 'There is a problem' }).isVisible()).toBe(true);
    // No script runs: the browser focuses the summary itself (autofocus), and later the confirmation.
    await page.locator('[data-error-summary]:focus').waitFor();
    expect(await page.getByLabel(/^About them/).inputValue()).toBe(BIO);
    expect(await birth.getByLabel('Month').inputValue()).toBe('6');
    expect(
      await page
        .getByRole('group', { name: /^Interests/ })
        .getByLabel('Genealogy')
        .isChecked(),
    ).toBe(true);
    await expect(page.getByText('We have your photo.').isVisible()).resolves.toBe(true);
    // Nobody has approved the photo yet: the submitter sees it through the signed preview, nobody sees it publicly.
    const preview = (await page.getByRole('img', { name: 'The photo you uploaded' }).getAttribute('src'))!;
    expect(preview).toMatch(/^\/photos\/preview\/[0-9a-f]{32}\.webp\.\d+\.[\w-]{43}\?w=160$/);
    expect((await page.request.get(preview)).headers()['cache-control']).toBe('private, no-store');
    expect((await fetch(`${baseUrl}/photos/${preview.split('/')[3]!.slice(0, 37)}?w=160`)).status).toBe(404);

    await page.getByLabel(/^The person listed has agreed/).check();
    await page.getByRole('button', { name: 'Send for review' }).click();
    await page.waitForLoadState('load');
    await expect(page.getByRole('heading', { name: /^Profile sent: BB-[A-Z2-9]{8}$/ }).isVisible()).resolves.toBe(true);
    await page.locator('[data-confirmation]:focus').waitFor();
    expect(await page.getByText(/^BB-[A-Z2-9]{8}$/).count()).toBe(1);
    await page.context().close();

    const directory = await (await fetch(`${baseUrl}/profiles?q=Zephyrine`)).text();
    expect(directory.includes(NAME)).toBe(false);
  });

  it('an admin finds it waiting for review and approves it', async () => {
    const page = await newPage(browser, baseUrl);
    await signInAsAdmin(page, '/admin/profiles');
    await page.getByRole('link', { name: NAME }).click();
    await page.waitForURL(/\/admin\/profiles\/[^/]+$/);
    await expect(page.getByText('agnes.quist@example.org').isVisible()).resolves.toBe(true);
    const staffPhoto = (await page.getByRole('img', { name: `Photo of ${NAME}` }).getAttribute('src'))!;
    expect(staffPhoto).toMatch(/^\/admin\/photos\/[0-9a-f]{32}\.webp\?w=\d+$/);
    expect((await page.request.get(staffPhoto)).headers()['content-type']).toBe('image/webp');
    await page.getByRole('button', { name: 'Approve and list' }).click();
    await page.getByText('Approved: the profile is listed for twelve months.').waitFor();
    await page.context().close();
  });

  it('a visitor without JavaScript finds it by an interest filter and opens it, photo and all', async () => {
    const page = await newPage(browser, baseUrl, { javaScriptEnabled: false });
    await page.goto('/profiles');
    // A rare interest: not among the common chips, so under "More interests".
    await page.getByText(/^More interests/).click();
    await page.getByLabel(/^Genealogy \(\d+\)$/).check();
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/interests=genealogy/);
    await page.getByRole('link', { name: NAME, exact: true }).click();
    await page.waitForURL(/\/profiles\/zephyrine-q/);
    profilePath = new URL(page.url()).pathname;
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(NAME);
    await expect(page.getByText('Zephyrine Alma Quist').isVisible()).resolves.toBe(true);
    await expect(page.getByText('#Q-20417').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Knitting' }).isVisible()).resolves.toBe(true);

    photoSrc = (await page.getByRole('img', { name: `Photo of ${NAME}` }).getAttribute('src'))!;
    expect(photoSrc).toMatch(/^\/photos\/[0-9a-f]{32}\.webp\?w=\d+$/);
    const image = await fetch(`${baseUrl}${photoSrc}`);
    expect(image.headers.get('content-type')).toBe('image/webp');
    const { format, exif } = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    expect({ format, exif }).toEqual({ format: 'webp', exif: undefined });
    // The submitter's email is for staff only.
    expect((await page.content()).includes('agnes.quist@example.org')).toBe(false);
    await page.context().close();
  });

  it('once taken down, the page answers 410 with a kind explanation and no details', async () => {
    const page = await newPage(browser, baseUrl);
    await signInAsAdmin(page, '/admin/profiles');
    await page.goto('/admin/profiles?tab=listed');
    await page.getByLabel(/^Find by name/).fill(NAME);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('link', { name: NAME }).click();
    await page.getByLabel(/^Reason or note/).fill('Request from a victim’s family.');
    await page.getByRole('button', { name: 'Take down' }).click();
    // A permanent step asks first; nothing has changed yet.
    await page.getByText(/^Take this profile down\?/).waitFor();
    await page.getByRole('button', { name: 'Yes, take down' }).click();
    await page.getByText('Taken down: unlisted, with the reason kept.').waitFor();
    // Its way back is labelled as what it does.
    await page.getByRole('button', { name: 'Relist' }).waitFor();
    await page.context().close();

    const response = await fetch(`${baseUrl}${profilePath}`);
    expect(response.status).toBe(410);
    const html = await response.text();
    expect(html).toContain('This profile is no longer listed');
    expect(html).toContain('<title>Profile no longer listed · Beyond Bars</title>');
    expect(html.includes('Q-20417')).toBe(false);
    expect(html.includes(NAME)).toBe(false);
    expect((await fetch(`${baseUrl}${photoSrc}`)).status).toBe(404);
    expect((await (await fetch(`${baseUrl}/profiles?q=Zephyrine`)).text()).includes(NAME)).toBe(false);
  });
});
