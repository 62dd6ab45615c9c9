import { z } from 'zod';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
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

/** Only published, unexpired profiles are ever listed: this condition is part of every directory query. */
export function listedWhere(now: Date): Prisma.ProfileWhereInput {
  return { status: 'published', expiresAt: { gt: now } };
}

export function directoryWhere(filters: DirectoryFilters, now: Date): Prisma.ProfileWhereInput {
  const and: Prisma.ProfileWhereInput[] = [listedWhere(now)];
  if (filters.gender) and.push({ gender: filters.gender });
  if (filters.state) and.push({ state: filters.state });
  // Someone is at least N years old when born on or before today N years ago.
  if (filters.ageMin) and.push({ birthDate: { lte: yearsBefore(now, filters.ageMin) } });
  if (filters.ageMax) and.push({ birthDate: { gt: yearsBefore(now, filters.ageMax + 1) } });
  if (filters.seeking) and.push({ tags: { some: { kind: 'seeking', value: filters.seeking } } });
  if (filters.language) and.push({ tags: { some: { kind: 'language', value: filters.language } } });
  if (filters.interests.length > 0) and.push({ tags: { some: { kind: 'interest', value: { in: filters.interests } } } });
  if (filters.photo) and.push({ photoPath: { not: null } });
  if (filters.recent) and.push({ listedAt: { gte: new Date(now.getTime() - 30 * DAY_MS) } });
  switch (filters.release) {
    case 'within-1':
      and.push({ releaseDate: { gte: now, lt: yearsAfter(now, 1) } });
      break;
    case '1-5':
      and.push({ releaseDate: { gte: yearsAfter(now, 1), lt: yearsAfter(now, 5) } });
      break;
    case 'over-5':
      and.push({ releaseDate: { gte: yearsAfter(now, 5) } });
      break;
    case 'none':
      and.push({ releaseDate: null });
      break;
  }
  return { AND: and };
}

export function directoryOrderBy(sort: DirectoryFilters['sort']): Prisma.ProfileOrderByWithRelationInput[] {
  switch (sort) {
    case 'verified':
      return [{ verifiedAt: 'desc' }, { id: 'asc' }];
    case 'release':
      return [{ releaseDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }];
    default:
      return [{ listedAt: 'desc' }, { id: 'asc' }];
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
