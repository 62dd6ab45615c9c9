import 'server-only';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import type { DirectoryFilters } from './directory-params';
import { listedSql } from './listing';

// The directory's filters as parameterised SQL (the query itself is listDirectory in queries.ts).

const DAY_MS = 24 * 60 * 60 * 1000;

function yearsBefore(now: Date, years: number): Date {
  const date = new Date(now);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date;
}

function yearsAfter(now: Date, years: number): Date {
  return yearsBefore(now, -years);
}

/**
 * Tag conditions. The first becomes `id IN (tag subquery)`, which lets the database start from the matching tags;
 * any further ones are checked per candidate (EXISTS), so one common tag (say, seeking friendship) does not become
 * the starting set. Interests go first: each is the rarest kind of tag. With `narrower` (a state, which picks out
 * fewer people than any tag) every tag is checked per candidate, so the database starts from that index instead.
 */
function tagConditions(tags: [kind: string, values: readonly string[]][], narrower: boolean): Prisma.Sql[] {
  return tags
    .filter(([, values]) => values.length > 0)
    .map(([kind, values], index) =>
      index === 0 && !narrower
        ? Prisma.sql`p."id" IN (SELECT "profileId" FROM "ProfileTag" WHERE "kind" = ${kind} AND "value" IN (${Prisma.join(values)}))`
        : Prisma.sql`EXISTS (SELECT 1 FROM "ProfileTag" t WHERE t."profileId" = p."id" AND t."kind" = ${kind} AND t."value" IN (${Prisma.join(values)}))`,
    );
}

/**
 * The directory's filters as SQL conditions on profile alias `p`. Written as SQL rather than a Prisma filter because
 * Prisma turns tag filters into a correlated EXISTS per profile, which made counting 100,000 profiles take most of a
 * second; `id IN (tag subquery)` lets the database start from the few matching tags. `search` comes from
 * lib/db/search.ts, the one database-specific part.
 */
export function directoryConditions(filters: DirectoryFilters, now: Date, search: Prisma.Sql | null): Prisma.Sql[] {
  const and = [listedSql(now)];
  if (filters.gender) and.push(Prisma.sql`p."gender" = ${filters.gender}`);
  if (filters.state) and.push(Prisma.sql`p."state" = ${filters.state}`);
  // Someone is at least N years old when born on or before today N years ago.
  if (filters.ageMin) and.push(Prisma.sql`p."birthDate" <= ${yearsBefore(now, filters.ageMin)}`);
  if (filters.ageMax) and.push(Prisma.sql`p."birthDate" > ${yearsBefore(now, filters.ageMax + 1)}`);
  and.push(
    ...tagConditions([
      ['interest', filters.interests],
      ['language', filters.language ? [filters.language] : []],
      ['seeking', filters.seeking ? [filters.seeking] : []],
    ], Boolean(filters.state)),
  );
  if (filters.photo) and.push(Prisma.sql`p."photoPath" IS NOT NULL`);
  if (filters.recent) and.push(Prisma.sql`p."listedAt" >= ${new Date(now.getTime() - 30 * DAY_MS)}`);
  switch (filters.release) {
    case 'within-1':
      and.push(Prisma.sql`p."releaseDate" >= ${now} AND p."releaseDate" < ${yearsAfter(now, 1)}`);
      break;
    case '1-5':
      and.push(Prisma.sql`p."releaseDate" >= ${yearsAfter(now, 1)} AND p."releaseDate" < ${yearsAfter(now, 5)}`);
      break;
    case 'over-5':
      and.push(Prisma.sql`p."releaseDate" >= ${yearsAfter(now, 5)}`);
      break;
    case 'none':
      and.push(Prisma.sql`p."releaseDate" IS NULL`);
      break;
  }
  if (search) and.push(search);
  return and;
}

/** Each sort walks an index; ties fall back to the id so pages never overlap. Release sorts dated profiles only:
 * the directory lists those without a date after them (see listDirectory). */
export function directoryOrder(sort: DirectoryFilters['sort']): Prisma.Sql {
  switch (sort) {
    case 'verified':
      return Prisma.sql`p."verifiedAt" DESC, p."id"`;
    case 'release':
      return Prisma.sql`p."releaseDate", p."id"`;
    default:
      return Prisma.sql`p."listedAt" DESC, p."id"`;
  }
}

