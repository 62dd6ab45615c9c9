import 'server-only';
import { cached } from '@/lib/cache/data-cache';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { parseDirectoryParams } from './directory-params';
import { directoryConditions } from './directory-sql';

// How many listed profiles name each interest: the directory's "common ground" chips. Counted over everyone the
// directory lists (its own conditions, so a listing rule added there applies here too), not the current filters,
// so one cached answer serves every page.

export type InterestCount = { interest: string; count: number };

/** Counts move slowly and are approximate by nature; a listing change invalidates them with the directory's tag. */
const INTEREST_COUNTS_TTL_MS = 5 * 60_000;

/** Every interest at least one listed profile has, the most common first (ties alphabetical). */
export function interestCounts(now = new Date()): Promise<InterestCount[]> {
  return cached('directory:interest-counts', ['directory'], INTEREST_COUNTS_TTL_MS, async () => {
    const everyone = directoryConditions(parseDirectoryParams({}), now, null);
    const rows = await db.$queryRaw<{ interest: string; n: number | bigint }[]>`
      SELECT t."value" AS "interest", COUNT(*) AS "n" FROM "ProfileTag" t JOIN "Profile" p ON p."id" = t."profileId"
      WHERE t."kind" = ${'interest'} AND ${Prisma.join(everyone, ' AND ')}
      GROUP BY t."value" ORDER BY COUNT(*) DESC, t."value"`;
    return rows.map((row) => ({ interest: row.interest, count: Number(row.n) }));
  });
}
