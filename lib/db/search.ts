import 'server-only';
import { db } from '@/lib/db';
import { providerOf } from '@/lib/db/url';
import { env } from '@/lib/env';

// The one place with database-specific SQL: full-text search over profiles (SQLite FTS5, PostgreSQL tsvector).

// A search narrows the directory to its best matches, then the filters apply within them. The directory query takes
// the ids as bound parameters, and Prisma caps those at 999 on SQLite.
export const MAX_MATCHES = 500;

/** Words of the query as an FTS5 expression: every word must match, each as a prefix ("gui" finds guitar). */
export function toFts5Query(input: string): string | null {
  const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  return words.length > 0 ? words.map((word) => `"${word}"*`).join(' ') : null;
}

/** Ids of published profiles matching `query`, best match first; null when the query has no searchable words. */
export async function searchProfileIds(query: string): Promise<string[] | null> {
  if (providerOf(env.databaseUrl) === 'postgresql') {
    if (!/[\p{L}\p{N}]/u.test(query)) return null;
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Profile", websearch_to_tsquery('english', ${query}) AS q
      WHERE "searchVector" @@ q AND "status" = 'published'
      ORDER BY ts_rank("searchVector", q) DESC
      LIMIT ${MAX_MATCHES}`;
    return rows.map((row) => row.id);
  }
  const expression = toFts5Query(query);
  if (!expression) return null;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "profileId" AS "id" FROM "ProfileSearch" WHERE "ProfileSearch" MATCH ${expression}
    ORDER BY rank LIMIT ${MAX_MATCHES}`;
  return rows.map((row) => row.id);
}
