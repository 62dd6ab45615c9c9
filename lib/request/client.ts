import 'server-only';
import { createHmac } from 'node:crypto';
import { headers } from 'next/headers';
import { env } from '@/lib/env';

/** The caller's IP as reported by the reverse proxy in front of us (TRUST_PROXY=false ignores forwarded headers). */
export async function clientIp(): Promise<string> {
  const list = await headers();
  if (env.TRUST_PROXY) {
    const forwarded = list.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
    const real = list.get('x-real-ip')?.trim();
    if (real) return real;
  }
  return 'unknown';
}

/** IPs are stored only as keyed hashes: enough to see repeat offenders, useless to anyone who copies the database. */
export function hashIp(ip: string): string {
  return createHmac('sha256', env.authSecret).update(`ip:${ip}`).digest('hex').slice(0, 32);
}
