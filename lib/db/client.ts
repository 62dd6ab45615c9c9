import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/sqlite/client';

export type Database = PrismaClient;

// Used by the app (through lib/db) and by scripts that run outside Next.js.
export function createClient(url: string): Database {
  // better-sqlite3 waits this long for a lock instead of failing at once with SQLITE_BUSY.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 5_000 }) });
}
