import 'server-only';
import Redis from 'ioredis';
import { env } from '@/lib/env';
import { log } from '@/lib/observability/log';

const globalForRedis = globalThis as unknown as { bbRedis?: Promise<Redis | null> };
const TIMEOUT_MS = 1_000;

/**
 * The shared Redis connection when REDIS_URL is set; null on a single machine, where memory is enough.
 * Resolves once the first connection attempt has succeeded or failed, so the first requests after start-up count
 * in Redis too. After that a command fails at once while Redis is unreachable (no offline queue, no retries), so
 * callers fall back instead of holding a request; ioredis keeps reconnecting in the background.
 */
export function redis(): Promise<Redis | null> {
  globalForRedis.bbRedis ??= env.REDIS_URL ? connect(env.REDIS_URL) : Promise.resolve(null);
  return globalForRedis.bbRedis;
}

function connect(url: string): Promise<Redis> {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: TIMEOUT_MS,
    commandTimeout: TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  });
  // Without a listener ioredis reports every failed reconnection on console.error; one line per outage is enough.
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    log('warn', 'Redis unreachable: rate limits count in memory on each instance until it is back', {
      error: error.message,
    });
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    log('info', 'Redis reachable again: rate limits count in Redis');
  });
  return new Promise((resolve) => {
    client.once('ready', () => resolve(client));
    client.once('error', () => resolve(client));
  });
}
