import { z } from 'zod';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { listedSql } from './listing';
import { GENDERS, INTERESTS, LANGUAGES, SEEKING, US_STATES } from './vocabulary';

// Directory filters live in the URL. Parsing drops anything unknown instead of failing: a bad link still shows results.

export const DIRECTORY_SORTS = ['newest', 'verified', 'release'] as const;
export const RELEASE_WINDOWS = ['within-1', '1-5', 'over-5', 'none'] as const;
export const DIRECTORY_PAGE_SIZE = 24;

const oneOf = <T extends readonly string[]>(values: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(values).optional().catch(undefined));
const manyOf = <T extends readonly string[]>(values: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string())).transform((list) =>
    [...new Set(list.filter((item): item is T[number] => (values as readonly string[]).includes(item)))],
  );
const age = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(18).max(100).optional().catch(undefined));
const flag = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional()).transform((v) => v === '1' || v === 'on');

export const directoryParamsSchema = z.object({
  q: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(100).optional().catch(undefined)).transform((v) => v || undefined),
  gender: oneOf(GENDERS),
  ageMin: age,
  ageMax: age,
  state: oneOf(Object.keys(US_STATES) as [string, ...string[]]),
  seeking: oneOf(SEEKING),
  interests: manyOf(INTERESTS),
  language: oneOf(LANGUAGES),
  release: oneOf(RELEASE_WINDOWS),
  photo: flag,
  recent: flag,
  sort: oneOf(DIRECTORY_SORTS).transform((v) => v ?? 'newest'),
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
});
export type DirectoryFilters = z.infer<typeof directoryParamsSchema>;

export function parseDirectoryParams(params: Record<string, string | string[] | undefined>): DirectoryFilters {
  return directoryParamsSchema.parse(params);
}

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

/** The query string for `filters` with `changes` applied; page resets unless it is the change. */
export function directoryHref(filters: DirectoryFilters, changes: Partial<DirectoryFilters> = {}): string {
  const next = { ...filters, page: 1, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set('q', next.q);
  for (const key of ['gender', 'ageMin', 'ageMax', 'state', 'seeking', 'language', 'release'] as const) {
    if (next[key] !== undefined) params.set(key, String(next[key]));
  }
  for (const interest of next.interests) params.append('interests', interest);
  if (next.photo) params.set('photo', '1');
  if (next.recent) params.set('recent', '1');
  if (next.sort !== 'newest') params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  const query = params.toString();
  return query ? `/profiles?${query}` : '/profiles';
}
