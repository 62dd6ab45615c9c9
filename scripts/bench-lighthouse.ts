// Mobile Lighthouse, with its default settings (a simulated mid-range phone on a slow 4G link), on the pages of issue
// 13 and on /about for reference, each page once per round so that a noisy minute spreads over all of them.
// Targets: performance >= 98 and LCP <= 1.8 s (medians), accessibility and best practices 100 (scripts/lighthouse-runs.ts).
// usage: npm run bench:lighthouse -- [base URL, default http://localhost:3000] [rounds, default 5]
// Lighthouse comes through npx (LIGHTHOUSE_VERSION, default 12.8.2: 12.2 cannot read Chromium 156's traces), Chromium
// from CHROME_PATH (default /usr/bin/chromium). Run it against a production server on an otherwise quiet machine.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { aProfilePath } from './bench-paths';
import { type LighthouseResult, runOf, summarise } from './lighthouse-runs';

const base = (process.argv[2] ?? 'http://localhost:3000').replace(/\/$/, '');
const rounds = Number(process.argv[3] ?? 5);
const version = process.env.LIGHTHOUSE_VERSION ?? '12.8.2';
// The flags keep a headless Chromium off the network it cannot reach here (it would retry Google's hosts).
const chromeFlags =
  '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync';

async function lighthouse(url: string): Promise<LighthouseResult> {
  const args = ['--yes', `lighthouse@${version}`, url, '--quiet', `--chrome-flags=${chromeFlags}`];
  args.push('--only-categories=performance,accessibility,best-practices,seo', '--output=json', '--output-path=stdout');
  const output = await promisify(execFile)('npx', args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    maxBuffer: 256 * 1024 * 1024,
  }).then(
    ({ stdout }) => stdout,
    // A page that failed to load exits non-zero with the reason in the report it still writes.
    (error: { stdout?: string; message: string }) => error.stdout || error.message.split('\n')[0]!,
  );
  try {
    return runOf(JSON.parse(output));
  } catch {
    return { error: output.slice(0, 200) };
  }
}

const pages = ['/about', '/', '/articles/how-to-write-your-first-letter', '/profiles', await aProfilePath(base)];
const results = new Map(pages.map((path) => [path, [] as LighthouseResult[]]));
// Every page once before measuring: the first render of each is not what a visitor waits for.
for (const path of pages) await fetch(base + path);
for (let round = 0; round < rounds; round++)
  for (const path of pages) results.get(path)!.push(await lighthouse(base + path));
for (const [path, runs] of results) console.log(summarise(path, runs));
