import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

// A random key kept in the commenter's browser (httpOnly). Comments store only its keyed hash, so an approved comment
// vouches for the next one from the same browser; typing someone's email address vouches for nothing.

export const COMMENTER_KEY_COOKIE = 'bb_commenter_key';
const MAX_AGE_S = 365 * 24 * 60 * 60;
const KEY = /^[A-Za-z0-9_-]{43}$/;

type CookieJar = {
  get(name: string): { value: string } | undefined;
  set(name: string, value: string, options: Record<string, unknown>): unknown;
};

const keyHash = (key: string) => createHmac('sha256', env.authSecret).update(`commenter:${key}`).digest('hex');

/** This browser's key's hash when it has one, without giving it one: for reads such as its comments awaiting review. */
export function existingCommenterKeyHash(jar: Pick<CookieJar, 'get'>): string | null {
  const existing = jar.get(COMMENTER_KEY_COOKIE)?.value;
  return existing && KEY.test(existing) ? keyHash(existing) : null;
}

/** This browser's key (a new one when it has none or a malformed one), stored in its cookie; returns the key's hash. */
export function commenterKeyHash(jar: CookieJar): string {
  const existing = jar.get(COMMENTER_KEY_COOKIE)?.value;
  const key = existing && KEY.test(existing) ? existing : randomBytes(32).toString('base64url');
  jar.set(COMMENTER_KEY_COOKIE, key, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.siteUrl.startsWith('https://'),
    path: '/',
    maxAge: MAX_AGE_S,
  });
  return keyHash(key);
}
