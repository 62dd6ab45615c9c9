import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

// PostgreSQL twin of ../../prisma.config.ts: `prisma <command> --config prisma/postgres/prisma.config.ts`.
// schema/migrations paths are relative to this file. @prisma/adapter-pg must be 7.x (6.19.3 cannot read type `name`).
// The CLI must resolve env("DATABASE_URL") in the schema or it tries to download an engine, and `migrate diff`
// builds the adapter even between two datamodels: without a postgres URL, use a placeholder that never resolves
// (generate/diff never connect; deploy then fails with ENOTFOUND placeholder.invalid).
const url = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : 'postgresql://placeholder.invalid/none';
process.env.DATABASE_URL = url;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: './schema.prisma',
  migrations: { path: './migrations' },
  // max: 1 keeps a migration's statements on one connection, so an explicit BEGIN ... COMMIT in migration.sql is atomic.
  adapter: async () => new PrismaPg({ connectionString: url, max: 1 }),
});
