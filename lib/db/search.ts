import 'server-only';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { providerOf } from '@/lib/db/url';
import { env } from '@/lib/env';

// The one place with database-specific SQL: full-text search over profiles (SQLite FTS5, PostgreSQL tsvector).
// It yields a condition on the directory query's profile alias `p`, so the filters, the count and the page all
// apply to every match, however many there are.

/** Words of the query as an FTS5 expression: every word must match, each as a prefix ("gui" finds guitar). */
export function toFts5Query(input: string): string | null {
  const words =
    input
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? [];
  return words.length > 0 ? words.map((word) => `"${word}"*`).join(' ') : null;
}

/** The condition "profile p matches `query`", or null when the query has no searchable words. */
export function searchCondition(query: string): Prisma.Sql | null {
  if (providerOf(env.databaseUrl) === 'postgresql') {
    if (!/[\p{L}\p{N}]/u.test(query)) return null;
    return Prisma.sql`p."searchVector" @@ websearch_to_tsquery('english', ${query})`;
  }
  const expression = toFts5Query(query);
  if (!expression) return null;
  return Prisma.sql`p."id" IN (SELECT "profileId" FROM "ProfileSearch" WHERE "ProfileSearch" MATCH ${expression})`;
}

/**
 * A Prisma filter "contains `value`, ignoring case" on either database: SQLite's LIKE ignores ASCII case already, and
 * PostgreSQL needs `mode: 'insensitive'` (which the SQLite client refuses, hence the cast).
 */
export function containsText(value: string): Prisma.StringFilter {
  return providerOf(env.databaseUrl) === 'postgresql'
    ? ({ contains: value, mode: 'insensitive' } as Prisma.StringFilter)
    : { contains: value };
}
