// Writes prisma/migrations/<timestamp>_<name>/migration.sql by diffing the committed schema against the working one.
// `prisma migrate dev` cannot run here (its shadow database fails through the driver adapter), so this replaces it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:new-migration -- <snake_case_name>');
  process.exit(1);
}

const schema = 'prisma/schema.prisma';
const hasMigrations = readdirSync('prisma/migrations', { withFileTypes: true }).some((d) => d.isDirectory());
const from = hasMigrations ? ['--from-schema-datamodel', committedSchema()] : ['--from-empty'];
const sql = execFileSync('npx', ['prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', schema, '--script'], {
  encoding: 'utf8',
});
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log('No schema changes.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join('prisma/migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`Wrote ${dir}/migration.sql`);

function committedSchema(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bb-schema-')), 'schema.prisma');
  writeFileSync(file, execFileSync('git', ['show', `HEAD:${schema}`], { encoding: 'utf8' }));
  return file;
}
