// Derives prisma/postgres/schema.prisma from prisma/schema.prisma (the single source of truth).
// Run after every schema change: `tsx scripts/gen-postgres-schema.ts` (use --check in CI to fail on drift).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';

const SRC = 'prisma/schema.prisma';
const OUT = 'prisma/postgres/schema.prisma';

let text = readFileSync(SRC, 'utf8');
const swap = (re: RegExp, to: string) => {
  if (!re.test(text)) throw new Error(`gen-postgres-schema: pattern not found in ${SRC}: ${re}`);
  text = text.replace(re, to);
};
// The generated client goes to its own folder (output is relative to the schema file's folder).
swap(/output\s*=\s*"\.\.\/lib\/db\/generated\/sqlite"/, 'output     = "../../lib/db/generated/postgres"');
swap(/(datasource db \{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"');
// Prisma's String already maps to PostgreSQL `text` (unbounded, like SQLite TEXT), DateTime to timestamp(3):
// no per-field attributes are needed. Add native-type tweaks here if the model ever needs them.

const header = `// GENERATED from ${SRC} by scripts/gen-postgres-schema.ts. Do not edit.\n`;
const result = header + text.replace(/^\/\/ Single source of truth.*\n/, '');

if (process.argv.includes('--check')) {
  if (!existsSync(OUT) || readFileSync(OUT, 'utf8') !== result) {
    console.error(`${OUT} is stale: run tsx scripts/gen-postgres-schema.ts`);
    process.exit(1);
  }
} else {
  mkdirSync('prisma/postgres', { recursive: true });
  writeFileSync(OUT, result);
  console.log(`Wrote ${OUT}`);
}
