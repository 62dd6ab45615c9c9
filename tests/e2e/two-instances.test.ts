import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Redis from 'ioredis';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers } from '@/prisma/factories';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';
import { freshDatabase, type FreshDatabase } from '../support/databases';
import { prepareDatabase, startServer, type RunningServer, type ServerEnv } from '../support/servers';

// Two `next start` instances behind an imaginary load balancer: same build, same database, same Redis.
const redisUrl = process.env.TEST_REDIS_URL;
const ARTICLE = '/articles/why-writing-matters';

describe.skipIf(!redisUrl)('two instances sharing one database and Redis', () => {
  let a: RunningServer;
  let b: RunningServer;
  let browser: Browser;
  let database: FreshDatabase;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'bb-pair-'));
    database = await freshDatabase(dataDir);
    const redis = new Redis(redisUrl!);
    await redis.flushdb();
    await redis.quit();
    const env: ServerEnv = {
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      AUTH_SECRET: 'shared-secret-for-both-instances-0123456789',
    };
    prepareDatabase(env);
    [a, b] = await Promise.all([startServer(env, 3131), startServer(env, 3132)]);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function signInAsAdmin(page: Page) {
    await page.goto('/signin');
    await signInWithForm(page, demoUsers[0].email, demoPassword(dataDir, demoUsers[0].email));
    expect(new URL(page.url()).pathname).toBe('/admin');
  }

  it('a comment posted and approved on A is visible on B within a second', async () => {
    const body = `Posted on instance A at ${Date.now()}.`;
    // B has rendered and cached the article before anything changes.
    expect((await (await fetch(`${b.url}${ARTICLE}`)).text()).includes(body)).toBe(false);

    const reader = await newPage(browser, a.url);
    await reader.goto(ARTICLE);
    await reader.waitForTimeout(3_200);
    const form = reader.locator('#respond form');
    await form.getByLabel(/^Comment/).fill(body);
    await form.getByLabel(/^Name/).fill('Two Instances');
    await form.getByLabel(/^Email/).fill('pair@example.org');
    await form.getByRole('button', { name: 'Post comment' }).click();
    await reader.getByRole('heading', { name: 'Your comment is awaiting moderation' }).waitFor();
    await reader.context().close();

    const admin = await newPage(browser, a.url);
    await signInAsAdmin(admin);
    await admin.goto('/admin/comments');
    await admin
      .locator('li', { hasText: body })
      .getByRole('button', { name: /^Approve/ })
      .click();
    await admin.getByText('1 comment: approved.').waitFor();
    const approvedAt = Date.now();
    await admin.context().close();

    let visibleAfterMs = -1;
    while (Date.now() - approvedAt < 1_000) {
      if ((await (await fetch(`${b.url}${ARTICLE}`)).text()).includes(body)) {
        visibleAfterMs = Date.now() - approvedAt;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    console.log(`two-instances propagation_ms=${visibleAfterMs}`);
    expect(visibleAfterMs).toBeGreaterThanOrEqual(0);
  });

  it('a profile taken down on A answers 410 on B on the very next request, and leaves B’s directory', async () => {
    // B has the directory and the profile in its cache before anything changes.
    const directory = await (await fetch(`${b.url}/profiles`)).text();
    const profilePath = directory.match(/href="(\/profiles\/(?!submit)[a-z0-9-]+)"/)![1]!;
    const onB = await fetch(`${b.url}${profilePath}`);
    expect(onB.status).toBe(200);
    const name = (await onB.text()).match(/<h1[^>]*>([^<]+)<\/h1>/)![1]!;
    expect((await fetch(`${b.url}${profilePath}`)).status).toBe(200);

    const admin = await newPage(browser, a.url);
    await signInAsAdmin(admin);
    await admin.goto('/admin/profiles?tab=listed');
    await admin.getByLabel(/^Find by name/).fill(name);
    await admin.getByRole('button', { name: 'Search' }).click();
    await admin.getByRole('link', { name }).first().click();
    await admin.getByLabel(/^Reason or note/).fill('Taken down on instance A.');
    await admin.getByRole('button', { name: 'Take down' }).click();
    await admin.getByRole('button', { name: 'Yes, take down' }).click();
    await admin.getByText('Taken down: unlisted, with the reason kept.').waitFor();
    await admin.context().close();

    expect((await fetch(`${b.url}${profilePath}`)).status).toBe(410);
    expect((await (await fetch(`${b.url}/profiles`)).text()).includes(`href="${profilePath}"`)).toBe(false);
  });

  it('a settings change saved on A applies on B at once', async () => {
    const admin = await newPage(browser, a.url);
    await signInAsAdmin(admin);
    await admin.goto('/admin/settings');
    await admin.getByLabel('Letters a day', { exact: true }).fill('7');
    await admin.getByRole('button', { name: 'Save letter limits' }).click();
    await admin.getByText('Saved.').first().waitFor();
    await admin.context().close();

    const other = await newPage(browser, b.url);
    await signInAsAdmin(other);
    await other.goto('/admin/settings');
    expect(await other.getByLabel('Letters a day', { exact: true }).inputValue()).toBe('7');
    await other.context().close();
  });

  it('a sign-in rate limit reached on A also holds on B', async () => {
    const email = demoUsers[2].email;
    const page = await newPage(browser, a.url);
    for (let i = 0; i < 8; i++) {
      await page.goto('/signin');
      await page.getByLabel(/^Email/).fill(email);
      await page.getByLabel(/^Password/).fill(`wrong guess ${i}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('That email and password do not match an active account.').waitFor();
    }
    await page.context().close();

    const onB = await newPage(browser, b.url);
    await onB.goto('/signin');
    await onB.getByLabel(/^Email/).fill(email);
    await onB.getByLabel(/^Password/).fill(demoPassword(dataDir, email));
    await onB.getByRole('button', { name: 'Sign in' }).click();
    await onB.getByText(/Too many sign-in attempts/).waitFor();
    expect(new URL(onB.url()).pathname).toBe('/signin');
    await onB.context().close();
  });
});
