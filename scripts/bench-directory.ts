// npm run bench:directory: seeds a separate SQLite database with 100,000 profiles, runs a fixed mix of directory
// queries through the same code the /profiles page uses, and prints p50/p95; then a mix sorted by best match for a
// signed-in pen pal. BENCH_PROFILES changes the size; BENCH_DATABASE_URL=postgresql://... runs it on PostgreSQL (an
// empty database you can throw away).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const count = Number(process.env.BENCH_PROFILES ?? 100_000);
const dir = mkdtempSync(path.join(tmpdir(), 'bb-bench-'));
const url = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, 'bench.db')}`;
process.env.DATABASE_URL = url;
process.env.DATA_DIR = dir;

const config = url.startsWith('postgres') ? 'prisma/postgres/prisma.config.ts' : 'prisma.config.ts';
execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy', '--config', config], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: process.env,
});

const { db } = await import('../lib/db');
const { seedDemoProfiles } = await import('../prisma/demo-profiles');
const { parseDirectoryParams } = await import('../lib/profiles/directory-params');
const { listDirectory } = await import('../lib/profiles/queries');

const started = performance.now();
// A kept database (BENCH_DATABASE_URL) is seeded once, so changes to the queries can be timed again quickly.
if ((await db.profile.count()) === 0) {
  await seedDemoProfiles(db, count);
  // Fresh statistics, and on PostgreSQL a visibility map so index-only scans skip the table, as autovacuum would.
  await db.$executeRawUnsafe(url.startsWith('postgres') ? 'VACUUM ANALYZE' : 'ANALYZE');
  console.log(`seeded ${count} profiles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const mix: Record<string, string | string[]>[] = [
  {},
  { page: '2' },
  { page: '40' },
  { page: '400' },
  { sort: 'verified' },
  { sort: 'release' },
  { sort: 'release', page: '100' },
  { gender: 'woman' },
  { gender: 'man', ageMin: '25', ageMax: '35' },
  { ageMin: '50' },
  { state: 'TX' },
  { state: 'OR', gender: 'woman' },
  { seeking: 'mentorship' },
  { seeking: 'romance', gender: 'woman' },
  { interests: 'chess' },
  { interests: ['poetry', 'guitar', 'art'] },
  { interests: ['gardening', 'books'], state: 'CA' },
  { language: 'spanish' },
  { release: 'within-1' },
  { release: '1-5', sort: 'release' },
  { release: 'none' },
  { photo: '1' },
  { recent: '1' },
  { recent: '1', photo: '1', sort: 'verified' },
  { q: 'chess' },
  { q: 'guitar' },
  { q: 'garden' },
  { q: 'poetry books' },
  { q: 'music', gender: 'man' },
  { q: 'history', page: '3' },
  { q: 'faith', seeking: 'spiritual' },
  { q: 'cook', interests: 'cooking', sort: 'verified' },
  { q: 'zzzz' },
  { gender: 'man', state: 'FL', seeking: 'friendship', language: 'english', interests: 'fitness', photo: '1' },
];
// Best match for a signed-in pen pal with 5 interests (common and rarer ones), 2 languages and 2 offers: the
// whole directory, a few pages in, and with one or two filters.
const penPal = {
  interests: ['books', 'chess', 'poetry', 'history', 'gardening'],
  languages: ['english', 'spanish'],
  offers: ['mentorship', 'spiritual'],
};
const matchMix: Record<string, string | string[]>[] = [
  {},
  { page: '2' },
  { page: '3' },
  { gender: 'woman' },
  { state: 'TX' },
  { seeking: 'mentorship' },
  { interests: 'chess' },
  { gender: 'man', ageMin: '25', ageMax: '35' },
  { state: 'CA', photo: '1' },
  { q: 'guitar' },
  { language: 'spanish', recent: '1' },
];

const now = new Date();
const ROUNDS = 7;
/** Times each query ROUNDS times, interleaved, and prints one line of percentiles. */
async function measure(
  label: string,
  queries: Record<string, string | string[]>[],
  run: (params: Record<string, string | string[]>) => Promise<unknown>,
) {
  const timings: number[] = [];
  const perQuery = queries.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, params] of queries.entries()) {
      const start = performance.now();
      await run(params);
      timings.push(performance.now() - start);
      perQuery[i]!.push(performance.now() - start);
    }
  }
  // BENCH_VERBOSE=1 shows which queries are slow (median of each).
  if (process.env.BENCH_VERBOSE) {
    for (const [i, params] of queries.entries())
      console.log(
        `${perQuery[i]!.sort((a, b) => a - b)
          [ROUNDS >> 1]!.toFixed(1)
          .padStart(7)} ms  ${label} ${JSON.stringify(params)}`,
      );
  }
  timings.sort((a, b) => a - b);
  const percentile = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!;
  console.log(
    `${label} p50_ms=${percentile(50).toFixed(1)} p95_ms=${percentile(95).toFixed(1)} max_ms=${timings.at(-1)!.toFixed(1)} queries=${timings.length} profiles=${count}`,
  );
}

await measure('directory', mix, (params) => listDirectory(parseDirectoryParams(params), now));
await measure('best-match', matchMix, (params) =>
  listDirectory(parseDirectoryParams(params, { bestMatch: true }), now, penPal),
);
await db.$disconnect();
if (!process.env.BENCH_DATABASE_URL) rmSync(dir, { recursive: true, force: true });
