import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '@/prisma/demo-accounts';
import { demoUsers } from '@/prisma/factories';
import { launchBrowser, newPage, signInWithForm } from '../support/browser';
import { prepareDatabase, startServer, type RunningServer, type ServerEnv } from '../support/servers';

// Attacks from the security review, replayed against our production server. Its own server, because exhausting
// the sign-in limit of 127.0.0.1 would lock the other end-to-end files out.
const PORT = 3151;
let server: RunningServer;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'bb-hard-'));
  const env: ServerEnv = { DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'hard.db')}` };
  prepareDatabase(env);
  [server, browser] = await Promise.all([startServer(env, PORT), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Posts a body of `bytes` bytes (declared in Content-Length, or streamed without it) and returns the status and page. */
function post(pathname: string, bytes: number, streamed = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { 'Content-Type': 'text/plain', ...(streamed ? {} : { 'Content-Length': bytes }) };
    const req = httpRequest({ host: '127.0.0.1', port: PORT, path: pathname, method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server answers before the whole body is sent (that is the point); a reset before the answer is a failure.
    req.on('error', reject);
    // write() before end() makes Node stream the body in chunks instead of declaring its length.
    if (streamed) req.write(Buffer.alloc(bytes, 'a'));
    req.end(streamed ? undefined : Buffer.alloc(bytes, 'a'));
  });
}

describe('hardening', () => {
  // First: the test after it uses up this server's sign-in limit for 127.0.0.1.
  it('answers console URLs with repeated or huge parameters with a page, not an error', async () => {
    const page = await newPage(browser, server.url);
    await page.goto('/signin?next=/admin&next=/admin/profiles');
    await signInWithForm(page, demoUsers[0].email, demoPassword(dataDir, demoUsers[0].email));
    for (const url of [
      '/admin/profiles?q=a&q=b',
      '/admin/profiles?page=99999999999999999999999',
      '/admin/comments?status=spam&status=trash&page=1e308',
      '/admin/reports?tab=open&tab=resolved&page=-5',
      '/admin/audit?page=123456789012',
      '/profiles?q=a&q=b&page=99999999999',
    ]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
    }
    await page.context().close();
  });

  it('has no next-auth credentials endpoint that could check passwords past the sign-in limits', async () => {
    const admin = demoUsers[0];
    const csrf = await fetch(`${server.url}/api/auth/csrf`);
    const response = await fetch(`${server.url}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrf.headers.get('set-cookie') ?? '' },
      body: new URLSearchParams({ email: admin.email, password: demoPassword(dataDir, admin.email), json: 'true' }),
    });
    expect(csrf.status).toBe(404);
    expect(response.status).toBe(404);
    expect(response.headers.getSetCookie().join('\n')).not.toMatch(/session/i);
  });

  it('keys the sign-in limit on the connection, so a forged X-Forwarded-For does not reset it', async () => {
    // Failed attempts, each claiming a new address (and a new email, so the per-email limit stays out of it), until
    // the connection's limit of 20 failures is reached: the 21st is refused (sign-ins that succeed do not count).
    // One page, its forged header changed before each attempt: the form stays on the page with its answer (a new
    // browser and page load per attempt took the test past a minute on a slow machine).
    const page = await newPage(browser, server.url, { javaScriptEnabled: false });
    await page.goto('/signin');
    let refusedAfter = 0;
    for (let i = 0; i < 25 && !refusedAfter; i++) {
      await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${i}` });
      await page.getByLabel('Email').fill(`nobody${i}@example.org`);
      await page.getByLabel('Password').fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForLoadState();
      const refused = page.getByText(/Too many sign-in attempts/);
      await refused.or(page.getByText('That email and password do not match an active account.')).waitFor();
      if (await refused.isVisible()) refusedAfter = i + 1;
    }
    expect(refusedAfter).toBeGreaterThan(0);
    expect(refusedAfter).toBeLessThanOrEqual(21);
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '203.0.113.99' });
    await page.getByLabel('Email').fill(demoUsers[2].email);
    await page.getByLabel('Password').fill(demoPassword(dataDir, demoUsers[2].email));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(/Too many sign-in attempts/).waitFor();
    await page.context().close();
  });

  it('answers an oversized body with 413 and a page that says what to do, and keeps large bodies to the photo form', async () => {
    const tooLarge = await post('/articles/why-writing-matters', 2 * 1024 * 1024);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toContain('That was too large to send');
    expect((await post('/profiles/submit', 7 * 1024 * 1024)).status).toBe(413);
    expect((await post('/articles/why-writing-matters', 2 * 1024 * 1024, true)).status).toBe(413);
    // 2 MB is within the photo form's limit: it reaches the app (which refuses it as a malformed action, not as too large).
    expect((await post('/profiles/submit', 2 * 1024 * 1024)).status).not.toBe(413);
  });

  it('keeps private tokens out of the access log', async () => {
    await fetch(`${server.url}/profiles/submit/private-token-abc123xyz`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.output()).toContain('/profiles/submit/[token]');
    expect(server.output()).not.toContain('private-token-abc123xyz');
  });

  it('sends redirects to a path on this site, never to localhost', async () => {
    const response = await fetch(`${server.url}/admin`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toMatch(/^\/signin\?next=/);
  });
});
