import 'server-only';
import { log } from '@/lib/observability/log';
import { redis } from '@/lib/redis';

// A small data cache for what every anonymous visitor of the directory and the profile pages sees. Values stay in
// this process's memory; each carries the versions of its tags when it was read. Invalidating a tag bumps its
// version (in Redis when REDIS_URL is set, so every instance sees it on its next read), and a value whose tags have
// moved on is read again. Next's own 'use cache' needs a cacheHandlers entry our Redis handler does not provide
// (next.config.mjs), and proxy.ts needs the same answers and invalidations as the pages: one small mechanism serves
// both. The shared page copies built on it are in lib/profiles/shared-pages.ts.

export type CacheTag = `directory` | `profile:${string}` | `facility:${string}` | 'listing-rules';

type Entry = { value: unknown; tags: readonly CacheTag[]; versions: readonly string[]; expiresAt: number };
type Store = { entries: Map<string, Entry>; versions: Map<string, number>; loads: number; boot: string };

const MAX_ENTRIES = 2_000;
const TAG_KEY = 'bb:data-cache:tag:';

// One store per process, shared by the proxy's bundle and the pages' bundle, which each load this module.
const globalStore = globalThis as unknown as { bbDataCache?: Store };
function store(): Store {
  globalStore.bbDataCache ??= { entries: new Map(), versions: new Map(), loads: 0, boot: Date.now().toString(36) };
  return globalStore.bbDataCache;
}

/** The current version of each tag, or null when Redis is configured but not answering (then nothing is cached). */
export async function versionsOf(tags: readonly CacheTag[]): Promise<string[] | null> {
  const client = await redis();
  // Without Redis the versions are this process's own, so they carry its start: the shared page copies Next keeps on
  // disk from before a restart (lib/profiles/shared-pages.ts) have other paths and are never served again.
  if (!client) return tags.map((tag) => `${store().boot}.${store().versions.get(tag) ?? 0}`);
  try {
    const values = await client.mget(...tags.map((tag) => TAG_KEY + tag));
    return values.map((value) => value ?? '0');
  } catch {
    return null;
  }
}

/**
 * `load()`'s answer for `key`, from memory while none of `tags` was invalidated and `ttlMs` has not passed. Values are
 * kept as they are (Dates stay Dates) and must never depend on who is asking: callers pass only shared data.
 */
export async function cached<T>(
  key: string,
  tags: readonly CacheTag[],
  ttlMs: number,
  load: () => Promise<T>,
): Promise<T> {
  const { entries } = store();
  // Read before loading: an invalidation while the load runs leaves the value already out of date.
  const versions = await versionsOf(tags);
  const hit = entries.get(key);
  if (versions && hit && hit.expiresAt > Date.now() && sameVersions(hit.versions, versions)) {
    // Most recently used last, so the oldest goes first when the map is full.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as T;
  }
  store().loads++;
  const value = await load();
  if (versions) {
    entries.delete(key);
    entries.set(key, { value, tags, versions, expiresAt: Date.now() + ttlMs });
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  return value;
}

function sameVersions(a: readonly string[], b: readonly string[]) {
  return a.length === b.length && a.every((version, i) => version === b[i]);
}

/**
 * Everything cached under any of `tags` is read again on its next use, on every instance. Call after the change has
 * committed. Never throws: with Redis unreachable the other instances cannot be told, which is logged.
 */
export async function invalidate(...tags: CacheTag[]): Promise<void> {
  const { versions } = store();
  for (const tag of tags) versions.set(tag, (versions.get(tag) ?? 0) + 1);
  const client = await redis();
  if (!client) return;
  try {
    const pipeline = client.multi();
    for (const tag of tags) pipeline.incr(TAG_KEY + tag);
    await pipeline.exec();
  } catch (error) {
    log('error', 'cache invalidation reached this instance only: redis unreachable', {
      tags: tags.join(','),
      error: error instanceof Error ? error.message : String(error),
    });
    // This instance at least must not serve what it holds.
    store().entries.clear();
  }
}

/** How many times a value was loaded rather than served from memory: lets tests see a hit from a miss. */
export function cacheLoads(): number {
  return store().loads;
}

/** Tests start from an empty cache. */
export function clearDataCache() {
  store().entries.clear();
}
