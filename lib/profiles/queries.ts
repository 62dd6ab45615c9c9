import 'server-only';
import { cache } from 'react';
import { cached, versionsOf } from '@/lib/cache/data-cache';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { searchCondition } from '@/lib/db/search';
import { providerOf } from '@/lib/db/url';
import { env } from '@/lib/env';
import { availabilityOf, listedWhere, type Availability } from './listing';
import { DIRECTORY_PAGE_SIZE, type DirectoryFilters } from './directory-params';
import {
  bestMatchInSetPostgresSql,
  bestMatchInSetSql,
  bestMatchScoredSql,
  bestMatchTopSql,
  directoryConditions,
  directoryOrder,
  MATCH_TIEBREAK,
} from './directory-sql';
import { hiddenStateNotice, isHiddenState, listingRules } from './listing-rules';
import { curatedInterests } from './interest-bits';
import { hasMatchInput, type MatchInput } from './match';
import { splitList } from './vocabulary';
import { pageCountFor } from '@/lib/pagination';

const cardSelect = {
  id: true,
  slug: true,
  displayName: true,
  birthDate: true,
  state: true,
  interests: true,
  seeking: true,
  photoPath: true,
  verifiedAt: true,
} as const;

export type DirectoryCard = {
  id: string;
  slug: string;
  displayName: string;
  birthDate: Date;
  state: string;
  interests: string;
  seeking: string;
  photoPath: string | null;
  verifiedAt: Date | null;
};

/**
 * One page of the directory for `filters`: the query the page runs and the benchmark measures. `match` is what a
 * signed-in pen pal brings to best match; it is passed in, never read here, so a page for someone signed out depends
 * on the URL alone (and can be cached). Without it, best match falls back to newest.
 */
export async function listDirectory(filters: DirectoryFilters, now = new Date(), match: MatchInput | null = null) {
  const search = filters.q ? searchCondition(filters.q) : null;
  const conditions = directoryConditions(filters, now, search, (await listingRules()).hiddenStates);
  const offset = (filters.page - 1) * DIRECTORY_PAGE_SIZE;
  // SQLite gathers a search's or a tag's matches once for both the count and the page; PostgreSQL's planner does
  // better with two queries (a hash join to count, an index walk that stops early for the page). Measured with
  // npm run bench:directory on both.
  const inSet = Boolean(search || filters.seeking || filters.language);
  const bySet = providerOf(env.databaseUrl) === 'sqlite' && inSet;
  const sort = filters.sort === 'match' && !match ? 'newest' : filters.sort;
  let total: number;
  let ids: string[];
  if (sort === 'match') {
    // Best match scores a page from the matches rather than walking an index in order: a search, a tag or chosen
    // interests (their bits, counted in one pass) pick the profiles to score.
    ({ total, ids } = await bestMatchPage(conditions, match!, offset, inSet, filters.interests.length > 0));
  } else if (sort === 'release') {
    // Soonest release first, then everyone without a date: two index walks instead of sorting every profile. A
    // release filter leaves only one of the two (the other would walk the whole index to find nothing).
    const none = { total: 0, ids: [] };
    const dated =
      filters.release === 'none'
        ? none
        : await pageWithTotal(
            [...conditions, Prisma.sql`p."releaseDate" IS NOT NULL`],
            directoryOrder('release'),
            offset,
            bySet,
          );
    const rest =
      filters.release && filters.release !== 'none'
        ? none
        : await pageWithTotal(
            [...conditions, Prisma.sql`p."releaseDate" IS NULL`],
            directoryOrder('newest'),
            Math.max(0, offset - dated.total),
            bySet,
          );
    total = dated.total + rest.total;
    ids = [...dated.ids, ...rest.ids].slice(0, DIRECTORY_PAGE_SIZE);
  } else {
    ({ total, ids } = await pageWithTotal(conditions, directoryOrder(sort), offset, bySet));
  }
  const rows = await db.profile.findMany({ where: { id: { in: ids } }, select: cardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const profiles = ids.map((id) => byId.get(id)).filter((row) => row !== undefined);
  return { total, profiles: profiles as DirectoryCard[], pageCount: pageCountFor(total, DIRECTORY_PAGE_SIZE) };
}

/** What a signed-in pen pal brings to best match: their own choices from the directory's vocabulary. */
export async function matchInputOf(user: { id: string }): Promise<MatchInput> {
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { interests: true, languages: true, offers: true },
  });
  return {
    interests: curatedInterests(splitList(row?.interests ?? '')),
    languages: splitList(row?.languages ?? ''),
    offers: splitList(row?.offers ?? ''),
  };
}

async function countWhere(conditions: Prisma.Sql[]): Promise<number> {
  const [row] = await db.$queryRaw<
    { n: number | bigint }[]
  >`SELECT COUNT(*) AS "n" FROM "Profile" p WHERE ${Prisma.join(conditions, ' AND ')}`;
  return Number(row?.n ?? 0);
}

/** Up to this many matches, best match scores them all rather than only those sharing the most interests. */
const SCORE_ALL_UP_TO = 12_000;

/**
 * One page in best-match order (compareMatches in match.ts). Scoring every profile of a large directory on every page
 * costs too much, so the statements in directory-sql.ts score only the profiles sharing the
 * most interests, unless the page reaches profiles sharing fewer than two. `inSet`: the filters pick a set (a search
 * or a tag); `byInterests`: they choose interests. Which statement when was measured with npm run bench:directory on
 * both databases.
 */
async function bestMatchPage(
  conditions: Prisma.Sql[],
  match: MatchInput,
  offset: number,
  inSet: boolean,
  byInterests: boolean,
): Promise<{ total: number; ids: string[] }> {
  const limit = DIRECTORY_PAGE_SIZE;
  const sqlite = providerOf(env.databaseUrl) === 'sqlite';
  // Nothing to match on: every score is equal, and what is left is the tie-break, the recently verified order.
  if (!hasMatchInput(match)) return pageWithTotal(conditions, MATCH_TIEBREAK, offset, sqlite && inSet);
  const page = (sql: Prisma.Sql) => db.$queryRaw<{ id: string }[]>(sql).then((rows) => rows.map((row) => row.id));
  // Both gather a set once for the count, the top and the page. SQLite does it for chosen interests too (their bits,
  // counted in one pass); PostgreSQL is quicker there with the directory's top and a count beside it.
  if (inSet || (sqlite && byInterests)) {
    const rows = await db.$queryRaw<{ id: string; total: number | bigint }[]>(
      sqlite
        ? bestMatchInSetSql(conditions, match, limit, offset)
        : bestMatchInSetPostgresSql(conditions, match, limit, offset),
    );
    // Past the last page there is no row to carry the count.
    return rows.length > 0
      ? { total: Number(rows[0]!.total), ids: rows.map((row) => row.id) }
      : { total: await countWhere(conditions), ids: [] };
  }
  const top = () =>
    match.interests.length > 0 ? page(bestMatchTopSql(conditions, match, limit, offset)) : Promise.resolve([]);
  let total: number;
  let ids: string[];
  if (byInterests) {
    // Counting a set costs PostgreSQL as much as the top: it does both at once, on two connections.
    [total, ids] = await Promise.all([countWhere(conditions), top()]);
  } else {
    // Plain filters count from an index in a few milliseconds; a small result is cheaper scored outright.
    total = await countWhere(conditions);
    ids = total > SCORE_ALL_UP_TO && offset + limit <= total ? await top() : [];
  }
  if (offset >= total) return { total, ids: [] };
  if (ids.length === limit) return { total, ids };
  return { total, ids: await page(bestMatchScoredSql(conditions, match, limit, offset)) };
}

/**
 * One page of ids and the number of matches. `bySet`: the matches have to be gathered and sorted anyway, so one pass
 * counts them too (a window count). Otherwise an index walk finds the page early and a covering index counts.
 */
async function pageWithTotal(
  conditions: Prisma.Sql[],
  order: Prisma.Sql,
  offset: number,
  bySet: boolean,
): Promise<{ total: number; ids: string[] }> {
  const where = Prisma.join(conditions, ' AND ');
  const count = () => countWhere(conditions);
  if (!bySet) {
    const [total, rows] = await Promise.all([
      count(),
      db.$queryRaw<
        { id: string }[]
      >`SELECT p."id" FROM "Profile" p WHERE ${where} ORDER BY ${order} LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}`,
    ]);
    return { total, ids: rows.map((row) => row.id) };
  }
  const rows = await db.$queryRaw<{ id: string; total: number | bigint }[]>`
    SELECT p."id", COUNT(*) OVER () AS "total" FROM "Profile" p WHERE ${where} ORDER BY ${order} LIMIT ${DIRECTORY_PAGE_SIZE} OFFSET ${offset}`;
  // Past the last page there is no row to carry the count.
  return rows.length > 0
    ? { total: Number(rows[0]!.total), ids: rows.map((row) => row.id) }
    : { total: await count(), ids: [] };
}

// Everything the public profile page shows, and nothing else: no submitter, no review notes, no token hashes.
const publicProfileSelect = {
  id: true,
  slug: true,
  displayName: true,
  legalName: true,
  inmateNumber: true,
  housingUnit: true,
  birthDate: true,
  gender: true,
  raceEthnicity: true,
  state: true,
  releaseDate: true,
  offense: true,
  bio: true,
  interests: true,
  seeking: true,
  languages: true,
  photoPath: true,
  listedAt: true,
  verifiedAt: true,
  expiresAt: true,
  consentConfirmedAt: true,
  // Only whether letters are paused (the write button says so), never why.
  lettersPausedAt: true,
  facility: {
    select: {
      name: true,
      addressLines: true,
      mailScanned: true,
      scanAddressLines: true,
      photoRules: true,
      messagingVendor: true,
      notes: true,
      postcardsOnly: true,
      maxPages: true,
      noGreetingCards: true,
      photosAccepted: true,
      rulesCheckedAt: true,
      rulesSource: true,
    },
  },
} as const;

export type PublicProfile = Prisma.ProfileGetPayload<{ select: typeof publicProfileSelect }>;
/** Availability, or `withheld`: listed, but held in a state whose listings the program does not show. */
export type PublicAvailability = Availability | 'withheld';
export type PublicProfileResult =
  | { availability: 'listed'; profile: PublicProfile }
  | { availability: 'withheld'; notice: string }
  | { availability: Exclude<Availability, 'listed'> };

/** How long a directory page is shared before it is read again: a listing that expires drops out within this. */
export const DIRECTORY_TTL_MS = 30_000;
/** A profile's row carries its expiry, checked on every read, so this only bounds changes made outside the actions. */
const PROFILE_TTL_MS = 60_000;

/**
 * listDirectory for the page. Everything but a signed-in pen pal's best match depends on the filters alone, so it is
 * shared by every visitor (lib/cache/data-cache.ts) until the directory changes or DIRECTORY_TTL_MS passes. A best
 * match ranking is the pen pal's own and is never cached.
 */
export async function directoryPage(filters: DirectoryFilters, now: Date, match: MatchInput | null) {
  // Filtered by a state whose listings are hidden: the program's notice instead of results.
  const rules = await listingRules();
  if (filters.state && isHiddenState(rules, filters.state))
    return { total: 0, profiles: [] as DirectoryCard[], pageCount: 1, notice: hiddenStateNotice(rules, filters.state) };
  const key = `directory:${JSON.stringify({ ...filters, interests: [...filters.interests].sort() })}`;
  const page =
    filters.sort === 'match' && match
      ? await listDirectory(filters, now, match)
      : await cached(key, ['directory'], DIRECTORY_TTL_MS, () => listDirectory(filters, now, null));
  return { ...page, notice: null };
}

/**
 * directoryPage, where a page past the end (an old link, `?page=999`) shows the last page: the filters come back with
 * the page shown, for the title and the pagination.
 */
export async function directoryPageInRange(filters: DirectoryFilters, now: Date, match: MatchInput | null) {
  const result = await directoryPage(filters, now, match);
  if (filters.page <= result.pageCount) return { ...result, filters };
  const last = { ...filters, page: result.pageCount };
  return { ...(await directoryPage(last, now, match)), filters: last };
}

/** The filters with the page directoryPageInRange shows, for the title: the count is the shared, cached one. */
export async function filtersInRange(filters: DirectoryFilters, now = new Date()): Promise<DirectoryFilters> {
  if (filters.page === 1) return filters;
  const { pageCount } = await directoryPage(filters, now, null);
  return filters.page <= pageCount ? filters : { ...filters, page: pageCount };
}

const { facility: facilitySelect, ...profileSelect } = publicProfileSelect;

/** The profile's public columns with its status and expiry, whatever its status; shared until the profile changes. */
function publicProfileRow(slug: string) {
  return cached(`profile:${slug}`, [`profile:${slug}`], PROFILE_TTL_MS, () =>
    db.profile.findUnique({ where: { slug }, select: { ...profileSelect, status: true, facilityId: true } }),
  );
}

function publicFacility(id: string) {
  return cached(`facility:${id}`, [`facility:${id}`], PROFILE_TTL_MS, () =>
    db.facility.findUniqueOrThrow({ where: { id }, select: facilitySelect.select }),
  );
}

/**
 * The public profile page's one read, shared by generateMetadata and the page within a request. An unlisted profile
 * comes back as its availability alone: the page says it is gone without naming anyone. Availability is decided on
 * every read from the cached status and expiry, so a listing that runs out is gone at that very moment.
 */
export const getPublicProfile = cache(async (slug: string, now = new Date()): Promise<PublicProfileResult> => {
  const row = await publicProfileRow(slug);
  const availability = availabilityOf(row, now);
  if (availability !== 'listed' || !row) return { availability: availability === 'listed' ? 'missing' : availability };
  // The listing rules are applied on every read, not cached with the row: saving them needs no profile invalidated.
  const rules = await listingRules();
  if (isHiddenState(rules, row.state)) return { availability: 'withheld', notice: hiddenStateNotice(rules, row.state) };
  const { status: _status, facilityId, ...profile } = row;
  return { availability, profile: { ...profile, facility: await publicFacility(facilityId) } };
});

/** The profile row a profile page reads, and what the page does with it (availabilityOf, then the listing rules). */
async function listingOf(slug: string, now: Date) {
  const row = await publicProfileRow(slug);
  const availability = availabilityOf(row, now);
  if (availability === 'listed' && row && isHiddenState(await listingRules(), row.state))
    return { availability: 'withheld' as const, row };
  return { availability, row };
}

/**
 * Whether /profiles/[slug] shows the profile, answers 410 or 404, or shows the listing rules' notice with 451: the
 * page's own cached read, so no extra query. What proxy.ts needs.
 */
export async function profileAvailability(slug: string, now = new Date()): Promise<PublicAvailability> {
  return (await listingOf(slug, now)).availability;
}

/**
 * What our server needs for a visitor's /profiles/[slug]: the availability, and for a listed profile the version of
 * its shared copy (lib/profiles/shared-pages.ts), null while the versions cannot be read.
 */
export async function profileRoute(
  slug: string,
  now = new Date(),
): Promise<{ availability: PublicAvailability; version: string | null }> {
  const { availability, row } = await listingOf(slug, now);
  if (availability !== 'listed' || !row) return { availability, version: null };
  // The rules' version too: a copy rendered while they were being changed is never served after.
  const versions = await versionsOf([`profile:${slug}`, `facility:${row.facilityId}`, 'listing-rules']);
  return { availability, version: versions ? versions.join('-') : null };
}

/**
 * The version of the shared directory copies, null while it cannot be read: the directory tag's, and when the next
 * listing runs out, so that a copy made before an expiry is not served for more than DIRECTORY_TTL_MS after it.
 */
export async function directoryVersion(now = new Date()): Promise<string | null> {
  const [version] = (await versionsOf(['directory'])) ?? [];
  if (version === undefined) return null;
  const nextExpiry = await cached('directory:next-expiry', ['directory'], DIRECTORY_TTL_MS, async () => {
    const { _min } = await db.profile.aggregate({ where: listedWhere(now), _min: { expiresAt: true } });
    return _min.expiresAt?.getTime() ?? 0;
  });
  return `${version}.${Math.floor(nextExpiry / 1000).toString(36)}`;
}

/** Facilities for a pick list: the public form offers only those staff have checked. */
export function listFacilities({ reviewedOnly }: { reviewedOnly: boolean }) {
  return db.facility.findMany({
    where: reviewedOnly ? { reviewedAt: { not: null } } : {},
    orderBy: [{ state: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, state: true },
  });
}
