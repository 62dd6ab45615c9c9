import { z } from 'zod';
import { first, many } from '@/lib/forms/values';
import { pageParam } from '@/lib/pagination';
import { GENDERS, INTERESTS, LANGUAGES, SEEKING, US_STATES } from './vocabulary';

// Directory filters live in the URL. Parsing drops anything unknown instead of failing: a bad link still shows results.
// Client-safe (the filter form and the page share it); the SQL they become is in directory-sql.ts, on the server.

// 'match' (best match) ranks by what a signed-in pen pal shares with each profile; only they are offered it.
export const DIRECTORY_SORTS = ['match', 'newest', 'verified', 'release'] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];
export const RELEASE_WINDOWS = ['within-1', '1-5', 'over-5', 'none'] as const;
export const DIRECTORY_PAGE_SIZE = 24;
/** The longest search run; the search box says so with its maxlength, and a longer one (a pasted letter) is refused. */
export const SEARCH_MAX_LENGTH = 100;

export const RELEASE_LABELS: Record<(typeof RELEASE_WINDOWS)[number], string> = {
  'within-1': 'Within a year',
  '1-5': 'In 1 to 5 years',
  'over-5': 'In over 5 years',
  none: 'No release date',
};
// Each label names the order (see directoryOrder in directory-sql.ts): newest is the date a profile was listed.
export const SORT_LABELS: Record<DirectorySort, string> = {
  match: 'Best match',
  newest: 'Newest listings first',
  verified: 'Recently verified first',
  release: 'Soonest release first',
};

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  first(z.enum(values).optional().catch(undefined));
const manyOf = <T extends readonly string[]>(values: T) =>
  many(z.string()).transform((list) => [
    ...new Set(list.filter((item): item is T[number] => (values as readonly string[]).includes(item))),
  ]);
const age = first(z.coerce.number().int().min(18).max(100).optional().catch(undefined));
const flag = first(z.string().optional()).transform((v) => v === '1' || v === 'on');

export const directoryParamsSchema = z.object({
  // Checked in parseDirectoryParams, which tells a search that cannot run (searchProblemOf) from no search at all.
  q: first(z.string().trim().optional().catch(undefined)).transform((v) => v || undefined),
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
  sort: oneOf(DIRECTORY_SORTS),
  // Garbage and anything below 1 is page 1; a page past the end shows the last (see directoryPageInRange).
  page: first(z.string().optional().catch(undefined)).transform((value) => pageParam(value)),
});

/** Why a search was not run: longer than SEARCH_MAX_LENGTH, or nothing to look for (only emoji or punctuation). */
export type SearchProblem = { reason: 'too-long' | 'no-words'; length: number; text: string };

/**
 * `bestMatch`: best match is offered (a signed-in pen pal), and is then the sort when the URL names none.
 * `searchProblem`: a search that was typed but not run (then `q` is undefined); its text, cut to the box's maxlength,
 * goes back in the box.
 */
export type DirectoryFilters = Omit<z.infer<typeof directoryParamsSchema>, 'sort'> & {
  sort: DirectorySort;
  bestMatch: boolean;
  searchProblem?: SearchProblem;
};

/** Null when `q` can be searched. */
export function searchProblemOf(q: string): SearchProblem | null {
  const characters = [...q];
  const text = characters.slice(0, SEARCH_MAX_LENGTH).join('');
  if (characters.length > SEARCH_MAX_LENGTH) return { reason: 'too-long', length: characters.length, text };
  if (!/[\p{L}\p{N}]/u.test(q)) return { reason: 'no-words', length: characters.length, text };
  return null;
}

/** The sort a URL without `sort` means: best match for a signed-in pen pal, newest for everyone else. */
export function defaultSort(bestMatch: boolean): DirectorySort {
  return bestMatch ? 'match' : 'newest';
}

/** The sorts to offer, the default first. */
export function sortsOffered(bestMatch: boolean): DirectorySort[] {
  return DIRECTORY_SORTS.filter((sort) => bestMatch || sort !== 'match');
}

/** Signed out, `sort=match` falls back to newest, so what a visitor sees never depends on who else has the link. */
export function parseDirectoryParams(
  params: Record<string, string | string[] | undefined>,
  { bestMatch = false } = {},
): DirectoryFilters {
  const { sort, q, ...filters } = directoryParamsSchema.parse(params);
  const searchProblem = q ? searchProblemOf(q) : null;
  return {
    ...filters,
    q: searchProblem ? undefined : q,
    ...(searchProblem && { searchProblem }),
    sort: sort && sortsOffered(bestMatch).includes(sort) ? sort : defaultSort(bestMatch),
    bestMatch,
  };
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
  if (next.sort !== defaultSort(next.bestMatch)) params.set('sort', next.sort);
  if (next.page > 1) params.set('page', String(next.page));
  const query = params.toString();
  return query ? `/profiles?${query}` : '/profiles';
}
