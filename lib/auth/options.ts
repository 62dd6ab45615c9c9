import 'server-only';
import { env } from '@/lib/env';

// Sessions are next-auth JWTs (encrypted with AUTH_SECRET) in one cookie, issued only by our /signin action, which
// applies the rate limits. There is deliberately no next-auth route: its credentials callback would be a second way to
// check passwords that skips those limits.

const secureCookies = env.siteUrl.startsWith('https://');
// `__Host-` binds the cookie to this exact host over HTTPS (no Domain attribute, path /): a sibling subdomain cannot
// plant or overwrite it.
export const SESSION_COOKIE = secureCookies ? '__Host-bb.session' : 'bb.session';
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
export const SESSION_COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies } as const;
