// npm run db:new-migration -- <name>: writes a migration for each database from the change to prisma/schema.prisma
// since the last commit. `prisma migrate dev` cannot run here (its shadow database fails through the driver adapter),
// so this diffs the committed schema against the working one instead. The PostgreSQL diff needs a reachable server
// (MIGRATION_DIFF_URL, default the local one); it only connects, it changes nothing there.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MIGRATIONS } from '../lib/db/url';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <snake_case_name>');
  process.exit(1);
}

execFileSync('node_modules/.bin/tsx', ['scripts/gen-postgres-schema.ts'], { stdio: 'inherit' });
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const targets = [
  { provider: 'sqlite', schema: 'prisma/schema.prisma', env: {} },
  {
    provider: 'postgresql',
    schema: 'prisma/postgres/schema.prisma',
    env: { DATABASE_URL: process.env.MIGRATION_DIFF_URL ?? 'postgresql://root@127.0.0.1:5432/postgres' },
  },
] as const;

for (const target of targets) {
  const { dir, config } = MIGRATIONS[target.provider];
  const hasMigrations = readdirSync(dir, { withFileTypes: true }).some((entry) => entry.isDirectory());
  const from = hasMigrations ? ['--from-schema-datamodel', committed(target.schema)] : ['--from-empty'];
  const sql = execFileSync(
    'node_modules/.bin/prisma',
    ['migrate', 'diff', '--config', config, ...from, '--to-schema-datamodel', target.schema, '--script'],
    { encoding: 'utf8', env: { ...process.env, ...target.env }, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log(`${target.provider}: no schema changes.`);
    continue;
  }
  const folder = path.join(dir, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'migration.sql'), sql);
  console.log(`${target.provider}: wrote ${folder}/migration.sql`);
}

function committed(schema: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bb-schema-')), 'schema.prisma');
  writeFileSync(file, execFileSync('git', ['show', `HEAD:${schema}`], { encoding: 'utf8' }));
  return file;
}
