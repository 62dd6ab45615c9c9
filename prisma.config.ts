import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';
import { env } from './lib/env.ts';

// The Prisma CLI runs its WebAssembly schema engine through this adapter, so no engine binary is downloaded.
// A postgres DATABASE_URL makes the sqlite schema invalid and the CLI then tries to download an engine:
// give generate a placeholder and keep the adapter from touching a non-SQLite URL.
const isSqlite = env.databaseUrl.startsWith('file:');
process.env.DATABASE_URL = isSqlite ? env.databaseUrl : 'file:./placeholder.db';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: async () => {
    if (!isSqlite) throw new Error('DATABASE_URL is not SQLite: use --config prisma/postgres/prisma.config.ts');
    return new PrismaBetterSQLite3({ url: env.databaseUrl });
  },
});
