import 'server-only';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { redis } from '@/lib/redis';

// With REDIS_URL the counters live in Redis, so a limit reached on one instance holds on all of them. While Redis
// is unreachable each instance counts in its own memory (the insurance limiter): looser, but never an error page.

export type RateLimitRule = { name: string; limit: number; windowMs: number };
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterMs: number };

const limiters = new Map<string, RateLimiterAbstract>();

async function limiter(rule: RateLimitRule): Promise<RateLimiterAbstract> {
  let existing = limiters.get(rule.name);
  if (!existing) {
    const options = { keyPrefix: `bb:rl:${rule.name}`, points: rule.limit, duration: Math.ceil(rule.windowMs / 1000) };
    const client = await redis();
    existing = client
      ? new RateLimiterRedis({ ...options, storeClient: client, insuranceLimiter: new RateLimiterMemory(options) })
      : new RateLimiterMemory(options);
    limiters.set(rule.name, existing);
  }
  return existing;
}

/** Counts one hit against `key` under `rule` and says whether it is still within the limit. */
export async function hitRateLimit(rule: RateLimitRule, key: string): Promise<RateLimitResult> {
  try {
    const result = await (await limiter(rule)).consume(key);
    return { allowed: true, remaining: result.remainingPoints, retryAfterMs: result.msBeforeNext };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return { allowed: false, remaining: 0, retryAfterMs: rejection.msBeforeNext };
    throw rejection;
  }
}

/** Gives back a hit counted against `key`: for limits that should count only what went wrong (a failed sign-in). */
export async function refundRateLimit(rule: RateLimitRule, key: string): Promise<void> {
  await (await limiter(rule)).reward(key, 1);
}

/** Tests start each case with fresh counters (in memory always, in Redis when it is reachable). */
export async function resetRateLimits() {
  limiters.clear();
  const client = await redis();
  if (client?.status === 'ready') {
    const keys = await client.keys('bb:rl:*');
    if (keys.length > 0) await client.del(...keys);
  }
}
