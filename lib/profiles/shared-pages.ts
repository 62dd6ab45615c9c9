// A visitor who is not signed in sees the directory and the profile pages as everyone else does, so their request is
// sent to one rendered copy that every visitor shares (app/(site)/shared/*, regenerated on demand), named by our
// server before Next sees the request (lib/request/shared-copy-route.ts). The
// copy's path carries the versions of the data-cache tags it shows (lib/cache/data-cache.ts): a change to the
// profile, its facility or the directory moves the next request to a new path, on every instance at once.
import { directoryHref, parseDirectoryParams } from './directory-params';

/** Deeper pages and searches are rendered for each request: there are too many of them to keep. */
const SHARED_PAGES = 20;
const EVERYONE = 'all';

export function paramsRecord(search: URLSearchParams): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    record[key] = values.length > 1 ? values : values[0]!;
  }
  return record;
}

/** The shared copy's key for a visitor's directory URL (its normalised query), or null when it has none. */
export function sharedDirectoryKey(search: URLSearchParams): string | null {
  const filters = parseDirectoryParams(paramsRecord(search));
  // A search that was not run is rendered for each request too: its message names what was typed.
  if (filters.q || filters.searchProblem || filters.page > SHARED_PAGES) return null;
  const query = directoryHref(filters, { page: filters.page }).split('?')[1];
  return query ? Buffer.from(query).toString('base64url') : EVERYONE;
}

/** The slug in a profile page's path (/profiles/<slug>), or null for any other path. */
export function profileSlugOf(path: string): string | null {
  return /^\/profiles\/([a-z0-9-]+)$/.exec(path)?.[1] ?? null;
}

/** The filters a shared copy's key stands for, as a visitor has them. */
export function filtersOfKey(key: string) {
  const query = key === EVERYONE ? '' : Buffer.from(key, 'base64url').toString();
  return parseDirectoryParams(paramsRecord(new URLSearchParams(query)));
}
