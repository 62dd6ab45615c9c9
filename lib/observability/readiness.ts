import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { db } from '@/lib/db';
import { providerOf } from '@/lib/db/url';
import { env } from '@/lib/env';

// Spelled out (not built from lib/db/url's MIGRATIONS) so the bundler can see which folders are read.
const MIGRATIONS_DIR =
  providerOf(env.databaseUrl) === 'postgresql'
    ? path.join(process.cwd(), 'prisma', 'postgres', 'migrations')
    : path.join(process.cwd(), 'prisma', 'migrations');

export type Readiness = {
  ready: boolean;
  database: 'ok' | 'unreachable' | 'behind';
  applied?: number;
  expected?: number;
};

/** Ready when the database answers and every migration shipped with this build has been applied. */
export async function checkReadiness(): Promise<Readiness> {
  const expected = readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
  try {
    const [row] = await db.$queryRawUnsafe<{ applied: bigint | number }[]>(
      'SELECT COUNT(*) AS applied FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = Number(row?.applied ?? 0);
    return { ready: applied >= expected, database: applied >= expected ? 'ok' : 'behind', applied, expected };
  } catch {
    return { ready: false, database: 'unreachable' };
  }
}
