import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { defineConfig } from 'prisma/config';
import { env } from './lib/env.ts';

// The Prisma CLI runs its WebAssembly schema engine through this adapter, so no engine binary is downloaded.
process.env.DATABASE_URL ??= env.databaseUrl;

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: async () => new PrismaBetterSQLite3({ url: env.databaseUrl }),
});
