// Next.js `cacheHandler`: rendered pages live in Redis (@fortedigital/nextjs-cache-handler), so every instance shares
// them and revalidatePath on one instance reaches all. Loaded by next.config.mjs only when REDIS_URL is set at start-up;
// plain JavaScript because Next imports it directly. Keys: `<REDIS_KEY_PREFIX><BUILD_ID>:…`, so deploys never mix.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import { ioredisAdapter } from '@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import Redis from 'ioredis';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

const PREFIX = process.env.REDIS_KEY_PREFIX || 'bb:next-cache:';
// A slow Redis costs a request at most this per command; an unreachable one costs nothing (we do not ask it).
const TIMEOUT_MS = 1000;

// The one-line JSON of lib/observability/log.ts, which a file outside the bundle cannot import.
function log(level, msg, fields) {
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  (level === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
}

// Redis while it answers, else this process's own memory. That memory is emptied whenever Redis is back, because
// revalidations made on other instances in the meantime never reached it.
function redisOrMemory(client, shared, onHang) {
  let memory = createLruHandler();
  client.on('ready', () => (memory = createLruHandler()));
  const ready = () => client.status === 'ready';
  // A command that timed out on a live connection means Redis hangs: reconnect, so that requests use memory instead
  // of each waiting TIMEOUT_MS, until Redis answers again.
  const run = (operation, ...args) => {
    if (!ready()) return memory[operation](...args);
    const started = Date.now();
    return shared[operation](...args).catch((error) => {
      if (ready() && Date.now() - started >= TIMEOUT_MS) onHang(error);
      throw error;
    });
  };
  return {
    name: 'redis-or-memory',
    get: (key, meta) => run('get', key, meta),
    set: (key, value, ctx) => run('set', key, value, ctx),
    delete: (key) => run('delete', key),
    async revalidateTag(tag) {
      if (!ready()) log('error', 'cache revalidation reached this instance only: redis unreachable', { tag });
      await run('revalidateTag', tag).catch((error) =>
        log('error', 'cache revalidation failed', { tag, error: error.message }),
      );
    },
  };
}

CacheHandler.onCreation(async ({ buildId }) => {
  // `next build` needs no Redis: what it prerenders is on disk, and Redis fills as the instances serve.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] };

  const client = new Redis(process.env.REDIS_URL, {
    lazyConnect: true,
    connectTimeout: TIMEOUT_MS,
    // The package times its commands out itself, all but the HSCAN in revalidateTag: this bounds that one too.
    commandTimeout: TIMEOUT_MS,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Logged once per outage: the start-up failure, the first error of a later one, and the recovery.
  let starting = true;
  let down = false;
  let lastError = '';
  client.on('error', (error) => {
    lastError = error.message;
    if (starting || down) return;
    down = true;
    log('warn', 'cache redis unreachable: pages cached in memory until it answers', { error: lastError });
  });
  client.on('ready', () => {
    if (down) log('info', 'cache redis answering again: pages shared', {});
    down = false;
  });
  await client.connect().catch(() => {
    down = true;
    log('warn', 'cache redis unreachable at start-up: pages cached in memory until it answers', { error: lastError });
  });
  starting = false;

  const shared = createRedisHandler({
    client: ioredisAdapter(client),
    keyPrefix: `${PREFIX}${buildId?.trim() || 'unknown'}:`,
    timeoutMs: TIMEOUT_MS,
  });
  const onHang = (error) => {
    down = true;
    log('warn', 'cache redis not answering: pages cached in memory until it does', { error: error.message });
    client.disconnect(true);
  };
  return { handlers: [redisOrMemory(client, shared, onHang)] };
});

export default CacheHandler;
