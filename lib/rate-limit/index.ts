import 'server-only';

// Fixed-window counters kept in this process. With several instances the counters must be shared (see docs).

type Window = { count: number; resetAt: number };
const windows = new Map<string, Window>();

export type RateLimitRule = { name: string; limit: number; windowMs: number };

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterMs: number };

/** Counts one hit against `key` under `rule` and says whether it is still within the limit. */
export async function hitRateLimit(rule: RateLimitRule, key: string, now = Date.now()): Promise<RateLimitResult> {
  const id = `${rule.name}:${key}`;
  let window = windows.get(id);
  if (!window || window.resetAt <= now) {
    window = { count: 0, resetAt: now + rule.windowMs };
    windows.set(id, window);
  }
  window.count += 1;
  if (windows.size > 50_000) sweep(now);
  return {
    allowed: window.count <= rule.limit,
    remaining: Math.max(0, rule.limit - window.count),
    retryAfterMs: window.resetAt - now,
  };
}

function sweep(now: number) {
  for (const [id, window] of windows) if (window.resetAt <= now) windows.delete(id);
}

export function resetRateLimits() {
  windows.clear();
}
