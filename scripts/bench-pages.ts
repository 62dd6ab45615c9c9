// Load test of the pages visitors spend their time on, each against the static /about page measured just before it,
// so the machine's noise cancels out in the ratio. Targets (issue 13): directory and profile pages at least 0.5 of
// /about, articles 0.8.
// usage: npm run bench:pages -- [base URL, default http://localhost:3000] [seconds per run, default 5]
import autocannon from 'autocannon';
import { aProfilePath } from './bench-paths';

const base = (process.argv[2] ?? 'http://localhost:3000').replace(/\/$/, '');
const seconds = Number(process.argv[3] ?? 5);
const CONNECTIONS = 32;
// BENCH_GZIP=1 asks for compressed pages, as every browser does (the figures in the issue were taken without).
const headers: Record<string, string> = process.env.BENCH_GZIP ? { 'accept-encoding': 'gzip' } : {};
const STATIC = '/about';

async function load(path: string) {
  const result = await autocannon({ url: base + path, connections: CONNECTIONS, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} responses not 2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const pages = [
  '/articles/how-to-write-your-first-letter',
  '/profiles',
  '/profiles?interests=books&sort=newest',
  await aProfilePath(base),
];

// Warm every page first: the first render of each is not what a visitor waits for.
for (const path of [STATIC, ...pages]) for (let i = 0; i < 5; i++) await fetch(base + path);

const about = await load(STATIC);
console.log(`page=${STATIC} rps=${about.rps.toFixed(0)} p99_ms=${about.p99} vs_static=1.00`);
for (const path of pages) {
  const reference = await load(STATIC);
  const page = await load(path);
  console.log(
    `page=${path} rps=${page.rps.toFixed(0)} p99_ms=${page.p99} vs_static=${(page.rps / reference.rps).toFixed(2)}`,
  );
}
