import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// REDIS_URL names a port where nothing listens: the limiter must keep answering, and keep limiting, from memory.
vi.hoisted(() => {
  process.env.REDIS_URL = 'redis://127.0.0.1:6390';
});

// Every line the process logs, from before the connection is first tried.
const stdout = vi.spyOn(process.stdout, 'write');
const { hitRateLimit, resetRateLimits } = await import('@/lib/rate-limit');
const client = await (await import('@/lib/redis')).redis();

const RULE = { name: 'test-redis-down', limit: 3, windowMs: 60_000 };

function logged(level: string) {
  return stdout.mock.calls
    .map(([chunk]) => String(chunk))
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { level: string; msg: string })
    .filter((entry) => entry.level === level);
}

beforeEach(async () => {
  await resetRateLimits();
});

afterAll(() => {
  client?.disconnect();
  stdout.mockRestore();
});

describe('rate limits with Redis down', () => {
  it('still answer at once and still refuse the hit past the limit', async () => {
    const started = performance.now();
    const results = [];
    for (let i = 0; i < RULE.limit + 1; i++) results.push(await hitRateLimit(RULE, '198.51.100.4'));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterMs).toBeGreaterThan(0);
    // Another key has its own count.
    expect((await hitRateLimit(RULE, '198.51.100.5')).allowed).toBe(true);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('say so in one warning line, not one per request or per reconnection attempt', async () => {
    for (let i = 0; i < 10; i++) await hitRateLimit(RULE, `198.51.100.${i}`);
    // Reconnection attempts fail again and again while Redis stays down.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (let i = 0; i < 10; i++) await hitRateLimit(RULE, `198.51.100.${i}`);
    expect(client?.status).not.toBe('ready');
    expect(logged('warn').map((entry) => entry.msg)).toEqual([expect.stringMatching(/^Redis unreachable/)]);
  });
});
