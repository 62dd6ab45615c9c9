// Developer aid: screenshots of pages at desktop and phone widths, for looking at what users see.
// usage: npm run screenshots -- http://localhost:3000/ /articles ...   (PNG files go to SHOTS_DIR, default /tmp/shots)
// SHOTS_EMAIL and SHOTS_PASSWORD sign in first, for the moderation pages.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
const outDir = process.env.SHOTS_DIR ?? '/tmp/shots';
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
for (const [label, viewport] of [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  const page = await browser.newPage({ viewport });
  if (process.env.SHOTS_EMAIL) {
    await page.goto(new URL('/signin', base).toString());
    await page.getByLabel('Email').fill(process.env.SHOTS_EMAIL);
    await page.getByLabel('Password').fill(process.env.SHOTS_PASSWORD ?? '');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname !== '/signin');
  }
  for (const p of paths.length ? paths : ['/']) {
    // SHOTS_WAIT=load for pages whose links keep prefetching (networkidle never comes).
    const waitUntil = process.env.SHOTS_WAIT === 'load' ? 'load' : 'networkidle';
    await page.goto(new URL(p, base).toString(), { waitUntil });
    if (waitUntil === 'load') await page.waitForTimeout(1000);
    const file = path.join(outDir, `${label}${p.replace(/[^a-z0-9]+/gi, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
