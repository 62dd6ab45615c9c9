import 'server-only';
import Redis from 'ioredis';
import { env } from '@/lib/env';

const globalForRedis = globalThis as unknown as { bbRedis?: Redis | null };

/** The shared Redis connection when REDIS_URL is set; null on a single machine, where memory is enough. */
export function redis(): Redis | null {
  if (globalForRedis.bbRedis === undefined) {
    globalForRedis.bbRedis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2, enableOfflineQueue: true }) : null;
  }
  return globalForRedis.bbRedis;
}
