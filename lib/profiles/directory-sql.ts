import 'server-only';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import type { DirectoryFilters } from './directory-params';
import { listedSql } from './listing';
import { curatedInterests, INTEREST_BITS, interestBitsOf } from './interest-bits';
import type { MatchInput } from './match';

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
 * the starting set. A language goes first: it is the rarer kind of tag. With `narrower` (a state, which picks out
 * fewer people than any tag) every tag is checked per candidate, so the database starts from that index instead.
 * "LIMIT 1 OFFSET 0" keeps each EXISTS a per-candidate check on PostgreSQL, whose planner otherwise turns them into
 * joins of whole tag lists (a state with three tags took 106 ms that way, 36 ms per candidate); SQLite runs them
 * per candidate anyway.
 */
function tagConditions(tags: [kind: string, values: readonly string[]][], narrower: boolean): Prisma.Sql[] {
  return tags
    .filter(([, values]) => values.length > 0)
    .map(([kind, values], index) =>
      index === 0 && !narrower
        ? Prisma.sql`p."id" IN (SELECT "profileId" FROM "ProfileTag" WHERE "kind" = ${kind} AND "value" IN (${Prisma.join(values)}))`
        : Prisma.sql`EXISTS (SELECT 1 FROM "ProfileTag" t WHERE t."profileId" = p."id" AND t."kind" = ${kind} AND t."value" IN (${Prisma.join(values)}) LIMIT 1 OFFSET 0)`,
    );
}

/**
 * The directory's filters as SQL conditions on profile alias `p`, leaving out people held in `hiddenStates`. Written as SQL rather than a Prisma filter because
 * Prisma turns tag filters into a correlated EXISTS per profile, which made counting 100,000 profiles take most of a
 * second; `id IN (tag subquery)` lets the database start from the few matching tags. `search` comes from
 * lib/db/search.ts, the one database-specific part.
 */
export function directoryConditions(
  filters: DirectoryFilters,
  now: Date,
  search: Prisma.Sql | null,
  hiddenStates: readonly string[] = [],
): Prisma.Sql[] {
  const and = [listedSql(now)];
  // The listing rules by state (listing-rules.ts): no term at all while none is hidden, so the plans stay as measured.
  if (hiddenStates.length > 0) and.push(Prisma.sql`p."state" NOT IN (${Prisma.join(hiddenStates)})`);
  if (filters.gender) and.push(Prisma.sql`p."gender" = ${filters.gender}`);
  if (filters.state) and.push(Prisma.sql`p."state" = ${filters.state}`);
  // Someone is at least N years old when born on or before today N years ago.
  if (filters.ageMin) and.push(Prisma.sql`p."birthDate" <= ${yearsBefore(now, filters.ageMin)}`);
  if (filters.ageMax) and.push(Prisma.sql`p."birthDate" > ${yearsBefore(now, filters.ageMax + 1)}`);
  // Any of the chosen interests, from interestBits: a pass over an index that holds them with the listing columns
  // (13 ms for 100,000 profiles), where gathering three interests' tags and looking each profile up took 57 ms. A
  // page sorted by date walks its date index and checks the bits of the few it reads.
  if (filters.interests.length > 0)
    and.push(Prisma.sql`(p."interestBits" & ${interestBitsOf(filters.interests)}) <> 0`);
  and.push(
    ...tagConditions(
      [
        ['language', filters.language ? [filters.language] : []],
        ['seeking', filters.seeking ? [filters.seeking] : []],
      ],
      Boolean(filters.state),
    ),
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
export function directoryOrder(sort: Exclude<DirectoryFilters['sort'], 'match'>): Prisma.Sql {
  switch (sort) {
    case 'verified':
      return Prisma.sql`p."verifiedAt" DESC, p."id"`;
    case 'release':
      return Prisma.sql`p."releaseDate", p."id"`;
    default:
      return Prisma.sql`p."listedAt" DESC, p."id"`;
  }
}

// ------------------------------------------------------------------------------------------------- best match
// The order of compareMatches (match.ts) in SQL. Every statement below sorts by the same key, matchScoreSql, then
// verification date and id; tests/integration/best-match.test.ts checks each against the pure function.

/**
 * What profile `p` shares with the pen pal as one number that sorts like matchScore: 10000 per shared interest, 100
 * for a shared language, 1 per thing sought that the pen pal offers. Fewer than 100 seeking and language values exist,
 * so a lower part never outweighs a higher one. Read from the profile's comma-joined columns (kept with its tags by
 * profileColumns), which costs a fraction of reading its tags: the keys are vocabulary words, so no % or _ in them.
 */
export function matchScoreSql(match: MatchInput): Prisma.Sql {
  const has = (column: string, key: string) =>
    Prisma.sql`CASE WHEN ',' || p.${Prisma.raw(`"${column}"`)} || ',' LIKE ${`%,${key},%`} THEN 1 ELSE 0 END`;
  const sum = (column: string, keys: readonly string[]) =>
    keys.length > 0
      ? Prisma.join(
          keys.map((key) => has(column, key)),
          ' + ',
        )
      : Prisma.sql`0`;
  const any = (column: string, keys: readonly string[]) =>
    keys.length > 0
      ? Prisma.sql`CASE WHEN ${Prisma.join(
          keys.map((key) => has(column, key)),
          ' + ',
        )} > 0 THEN 1 ELSE 0 END`
      : Prisma.sql`0`;
  return Prisma.sql`(10000 * (${sum('interests', match.interests)}) + 100 * (${any('languages', match.languages)}) + (${sum('seeking', match.offers)}))`;
}

/** Ties (the same score) go to the most recently verified, then the id. A listed profile always has a verification
 * date; NULLS LAST says where one without would go, the same on both databases. Alone, it is best match for a pen pal
 * with nothing to match on. */
export const MATCH_TIEBREAK = Prisma.sql`p."verifiedAt" DESC NULLS LAST, p."id"`;

/** One page of best match by scoring every profile that passes `conditions`: right for a few thousand at most. */
export function bestMatchScoredSql(
  conditions: Prisma.Sql[],
  match: MatchInput,
  limit: number,
  offset: number,
): Prisma.Sql {
  return Prisma.sql`SELECT p."id" FROM "Profile" p WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${matchScoreSql(match)} DESC, ${MATCH_TIEBREAK} LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * Profiles sharing at least two of the pen pal's interests (one, if they chose only one), with how many they share:
 * the candidates for the top. Counted from each profile's interestBits (interest-bits.ts) in one pass: over an index
 * of that column and the id, 13 ms for 100,000 profiles, where grouping their interest tags took 35-90 ms. `from`
 * is the profiles to count, as alias `p`: the whole directory, or a set gathered with its interestBits.
 */
function sharedSql(match: MatchInput, from: Prisma.Sql = Prisma.sql`"Profile" p`): Prisma.Sql {
  return Prisma.sql`SELECT * FROM (SELECT p."id" AS "profileId", ${sharedCountSql(match)} AS "n" FROM ${from}) c WHERE c."n" >= ${minShared(match)}`;
}

/** How many of the pen pal's interests profile `p` shares, from its interestBits. */
function sharedCountSql(match: MatchInput): Prisma.Sql {
  const bits = curatedInterests(match.interests).map((key) => INTEREST_BITS[key]);
  return bits.length > 0
    ? Prisma.join(
        bits.map((bit) => Prisma.sql`((p."interestBits" >> ${bit}) & 1)`),
        ' + ',
      )
    : Prisma.sql`0`;
}
const minShared = (match: MatchInput) => Math.min(2, match.interests.length);

/**
 * `tiers` walks down from the most interests shared until `need` profiles (those up to the end of the page) pass;
 * `passing(k)` counts those sharing exactly k. Each k is asked separately, which the planners rightly expect to be few
 * rows, so both look those profiles up one by one instead of reading the whole directory. In `passing`, `+s."n"` stops
 * SQLite building an index on `shared` at every step: reading it through is quicker (measured).
 */
function tiersSql(match: MatchInput, need: number, passing: (k: Prisma.Sql) => Prisma.Sql): Prisma.Sql {
  return Prisma.sql`tiers ("k", "found") AS (
      SELECT m."k", ${passing(Prisma.sql`m."k"`)} FROM (SELECT MAX("n") AS "k" FROM shared) m WHERE m."k" IS NOT NULL
      UNION ALL
      SELECT tier."k" - 1, tier."found" + ${passing(Prisma.sql`tier."k" - 1`)} FROM tiers tier WHERE tier."found" < ${need} AND tier."k" > ${minShared(match)}
    )`;
}

/**
 * One page of best match that scores only the best few, for a large directory filtered by plain columns. Interests
 * weigh most, so the page is among the profiles sharing the most: `shared` counts them from interestBits, `tiers`
 * finds how many interests the last profile of the page shares (the cut), and only profiles sharing at least that
 * many are scored. No rows when too few profiles share two interests: then bestMatchScoredSql answers.
 */
export function bestMatchTopSql(
  conditions: Prisma.Sql[],
  match: MatchInput,
  limit: number,
  offset: number,
): Prisma.Sql {
  const where = Prisma.join(conditions, ' AND ');
  const need = offset + limit;
  // CROSS JOIN keeps SQLite walking `shared` and looking each profile up; PostgreSQL plans it as any join.
  const passing = (k: Prisma.Sql) =>
    Prisma.sql`(SELECT COUNT(*) FROM shared s CROSS JOIN "Profile" p WHERE p."id" = s."profileId" AND +s."n" = ${k} AND ${where})`;
  return Prisma.sql`WITH RECURSIVE shared AS MATERIALIZED (${sharedSql(match)}), ${tiersSql(match, need, passing)}
    SELECT p."id" FROM "Profile" p
    WHERE p."id" IN (SELECT "profileId" FROM shared WHERE "n" >= (SELECT "k" FROM tiers WHERE "found" >= ${need})) AND ${where}
    ORDER BY ${matchScoreSql(match)} DESC, ${MATCH_TIEBREAK} LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * bestMatchTopSql for filters that pick a set (a search, a tag), as SQLite runs it best: the set is gathered once into
 * `filtered` with each profile's interestBits (from the covering index), which also gives the total, and only its
 * profiles' interests are counted. When the cut is not reached, every profile of `filtered` is scored, in the same
 * statement. Rows carry the total.
 */
export function bestMatchInSetSql(
  conditions: Prisma.Sql[],
  match: MatchInput,
  limit: number,
  offset: number,
): Prisma.Sql {
  const need = offset + limit;
  const passing = (k: Prisma.Sql) => Prisma.sql`(SELECT COUNT(*) FROM shared s WHERE +s."n" = ${k})`;
  const top =
    match.interests.length > 0
      ? Prisma.sql`, shared AS MATERIALIZED (${sharedSql(match, Prisma.sql`filtered p`)}), ${tiersSql(match, need, passing)}, cut AS (SELECT "k" FROM tiers WHERE "found" >= ${need})`
      : Prisma.empty;
  const onlyTop =
    match.interests.length > 0
      ? Prisma.sql`WHERE NOT EXISTS (SELECT 1 FROM cut) OR f."id" IN (SELECT "profileId" FROM shared WHERE "n" >= (SELECT "k" FROM cut))`
      : Prisma.empty;
  return Prisma.sql`WITH RECURSIVE filtered AS MATERIALIZED (SELECT p."id", p."interestBits" FROM "Profile" p WHERE ${Prisma.join(conditions, ' AND ')}) ${top}
    SELECT p."id", (SELECT COUNT(*) FROM filtered) AS "total" FROM filtered f JOIN "Profile" p ON p."id" = f."id" ${onlyTop}
    ORDER BY ${matchScoreSql(match)} DESC, ${MATCH_TIEBREAK} LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * bestMatchInSetSql as PostgreSQL runs it best: the set is gathered once with how many interests each member shares
 * (from interestBits), which also gives the total; the cut is the interests shared by the page's last member, found by
 * one top-N sort of that count; and only the members at or above it are looked up and scored, one by one (LATERAL with
 * OFFSET 0 keeps the planner from reading the whole table to join a few hundred rows). Rows carry the total. On
 * 100,000 profiles a search for "guitar" (12,740 matches) took 61 ms through bestMatchTopSql and a count beside it,
 * and takes 30-33 ms so; a language among recent profiles 51 ms, now 18-20 ms.
 */
export function bestMatchInSetPostgresSql(
  conditions: Prisma.Sql[],
  match: MatchInput,
  limit: number,
  offset: number,
): Prisma.Sql {
  return Prisma.sql`WITH filtered AS MATERIALIZED (SELECT p."id", ${sharedCountSql(match)} AS "n" FROM "Profile" p WHERE ${Prisma.join(conditions, ' AND ')}),
    cut AS (SELECT "n" FROM filtered ORDER BY "n" DESC LIMIT 1 OFFSET ${offset + limit - 1})
    SELECT p."id", (SELECT COUNT(*) FROM filtered) AS "total"
    FROM filtered f CROSS JOIN LATERAL (SELECT * FROM "Profile" p WHERE p."id" = f."id" OFFSET 0) p
    WHERE f."n" >= COALESCE((SELECT "n" FROM cut), 0)
    ORDER BY ${matchScoreSql(match)} DESC, ${MATCH_TIEBREAK} LIMIT ${limit} OFFSET ${offset}`;
}
