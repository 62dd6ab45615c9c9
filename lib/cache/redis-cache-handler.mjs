// Next.js `cacheHandler` shared by every instance through Redis, so revalidatePath on one instance reaches all.
// Loaded by next.config.mjs only when REDIS_URL is set at start-up; plain JavaScript because Next requires it directly.
// Entries: `<prefix><BUILD_ID>:<key>` -> JSON. Invalidations: hash `<prefix>tags` {tag -> ms}. An entry with a tag
// invalidated after it was stored is a miss, so the next request on any instance renders it afresh.
// revalidatePath('/a') arrives as the tag `_N_T_/a`; pages carry their implicit tags in the x-next-cache-tags header.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';

const PREFIX = process.env.REDIS_KEY_PREFIX || 'bb:next-cache:';
const TAGS_KEY = `${PREFIX}tags`;
const OP_TIMEOUT_MS = 1000;
const ONE_YEAR_S = 365 * 24 * 60 * 60;

let client;
let connecting;

// One connection per process; a dead Redis never blocks a request for more than OP_TIMEOUT_MS.
async function redis() {
  if (!client) {
    client = new Redis(process.env.REDIS_URL, {
      lazyConnect: true,
      connectTimeout: OP_TIMEOUT_MS,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    let lastError = '';
    client.on('error', (error) => {
      if (error.message !== lastError) console.warn(JSON.stringify({ level: 'warn', msg: 'cache redis error', error: (lastError = error.message) }));
    });
    client.on('ready', () => (lastError = ''));
    connecting = client.connect().catch(() => {});
  }
  if (client.status !== 'ready') await withTimeout(connecting);
  if (client.status !== 'ready') throw new Error('redis not connected');
  return client;
}

function withTimeout(promise) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('redis timeout')), OP_TIMEOUT_MS)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Cache values hold Buffers (RSC payloads) and Maps (segment data): keep both lossless through JSON.
function replacer(key, value) {
  const raw = this[key];
  if (Buffer.isBuffer(raw)) return { $buf: raw.toString('base64') };
  if (raw instanceof Map) return { $map: [...raw.entries()] };
  return value;
}

function reviver(_key, value) {
  if (value && typeof value === 'object') {
    if (typeof value.$buf === 'string') return Buffer.from(value.$buf, 'base64');
    if (Array.isArray(value.$map)) return new Map(value.$map);
  }
  return value;
}

function tagsOf(value, ctx) {
  const tags = new Set([...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(value?.tags ?? [])]);
  const header = value?.headers?.['x-next-cache-tags'];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  return [...tags];
}

const warn = (msg, error) => console.warn(JSON.stringify({ level: 'warn', msg, error: error.message }));

export default class RedisCacheHandler {
  constructor(ctx) {
    let buildId = 'unknown';
    try {
      buildId = readFileSync(path.join(ctx.serverDistDir, '..', 'BUILD_ID'), 'utf8').trim();
    } catch {
      // Without a build id entries are still correct, only not separated between deploys.
    }
    this.entryPrefix = `${PREFIX}${buildId}:`;
  }

  async get(key, ctx) {
    try {
      const db = await redis();
      const raw = await withTimeout(db.get(this.entryPrefix + key));
      if (!raw) return null;
      const entry = JSON.parse(raw, reviver);
      const tags = tagsOf(entry.value, ctx);
      if (tags.length > 0) {
        const stamps = await withTimeout(db.hmget(TAGS_KEY, ...tags));
        if (stamps.some((stamp) => stamp && Number(stamp) > entry.lastModified)) return null;
      }
      return entry;
    } catch (error) {
      warn('cache get failed, rendering instead', error);
      return null;
    }
  }

  async set(key, value, ctx) {
    try {
      const db = await redis();
      const entry = { lastModified: Date.now(), value, cacheControl: ctx?.cacheControl };
      const expire = ctx?.cacheControl?.expire;
      const ttl = typeof expire === 'number' && expire > 0 && expire < ONE_YEAR_S ? expire : ONE_YEAR_S;
      await withTimeout(db.set(this.entryPrefix + key, JSON.stringify(entry, replacer), 'EX', ttl));
    } catch (error) {
      warn('cache set failed', error);
    }
  }

  // Every invalidation is an immediate expiry: the next request anywhere renders afresh, never serves stale.
  async revalidateTag(tags) {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.length === 0) return;
    const now = String(Date.now());
    try {
      const db = await redis();
      await withTimeout(db.hset(TAGS_KEY, Object.fromEntries(list.map((tag) => [tag, now]))));
    } catch (error) {
      console.error(JSON.stringify({ level: 'error', msg: 'cache revalidation failed', tags: list, error: error.message }));
    }
  }

  resetRequestCache() {}
}
