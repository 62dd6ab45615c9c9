import { env } from '@/lib/env';
import { FORM_STAMP_COOKIE, createFormStamp } from '@/lib/spam/form-stamp';
import { request } from './request';

export const ARTICLE = 'how-to-write-your-first-letter';

/** The cookie the proxy sets when the article page is served, backdated by `secondsAgo`. */
export function servedFormSecondsAgo(secondsAgo: number, slug = ARTICLE) {
  const stamp = createFormStamp(env.authSecret, slug, Date.now() - secondsAgo * 1000);
  request.cookies.set(FORM_STAMP_COOKIE, { name: FORM_STAMP_COOKIE, value: stamp });
}

export function commentFields(overrides: Record<string, string> = {}) {
  return {
    articleSlug: ARTICLE,
    name: 'Rosa Delgado',
    email: 'rosa@example.org',
    url: '',
    body: 'Thank you, this made my first letter much easier.',
    company: '',
    ...overrides,
  };
}
