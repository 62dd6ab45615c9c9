import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { isPostgresUrl } from './url';
import { PrismaClient as PostgresClient } from './generated/postgres/client';
import { PrismaClient } from './generated/sqlite/client';

// Secrets never come back from a query unless it asks for them by name (`omit: { passwordHash: false }`), so a read
// that forgets its `select` still cannot hand a page a password hash or a private link's token hash. Nor does a
// profile's interestBits, which only best match's SQL reads (a bigint, which JSON cannot carry).
const OMITTED = {
  user: { passwordHash: true },
  profile: { changesTokenHash: true, interestBits: true },
  accountToken: { tokenHash: true },
} as const;
const options = { omit: OMITTED };

// Both clients come from the same models (prisma/postgres/schema.prisma is generated from prisma/schema.prisma), so
// the app codes against one type; only transaction isolation options differ, which we do not use.
export type Database = PrismaClient<never, typeof OMITTED>;
/** The client an interactive transaction hands its callback: functions that write inside a caller's transaction take it. */
export type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

/** The client for `url`: PostgreSQL for postgres:// URLs, SQLite for everything else. */
export function createClient(url: string): Database {
  if (isPostgresUrl(url)) {
    return new PostgresClient({ ...options, adapter: new PrismaPg({ connectionString: url }) }) as unknown as Database;
  }
  // better-sqlite3 waits this long for a lock instead of failing at once with SQLITE_BUSY.
  const client = new PrismaClient({ ...options, adapter: new PrismaBetterSQLite3({ url, timeout: 5_000 }) });
  // SQLite's default page cache is 2 MB; the directory's indexes want more, and memory-mapped reads skip a system call
  // per page. Queued on the one connection ahead of any query, so there is nothing to await.
  client
    .$queryRawUnsafe('PRAGMA cache_size = -65536')
    .then(() => client.$queryRawUnsafe('PRAGMA mmap_size = 268435456'))
    // Only speed is lost; the first real query reports a database that cannot be opened.
    .catch((error: unknown) => console.warn('SQLite tuning skipped:', error));
  return client;
}
