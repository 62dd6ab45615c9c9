import { NextResponse, type NextRequest } from 'next/server';
import { FORM_STAMP_COOKIE, FORM_STAMP_MAX_AGE_S, createFormStamp } from '@/lib/comments/form-stamp';
import { env } from '@/lib/env';

// Not a guard: every page and action checks the session itself. This only stamps article responses with the time
// the comment form was served, which a statically generated page cannot carry in its HTML.
export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  const slug = request.nextUrl.pathname.split('/')[2];
  if (request.method === 'GET' && slug && /^[a-z0-9-]+$/.test(slug)) {
    response.cookies.set(FORM_STAMP_COOKIE, createFormStamp(env.authSecret, slug), {
      httpOnly: true,
      sameSite: 'lax',
      secure: env.siteUrl.startsWith('https://'),
      path: `/articles/${slug}`,
      maxAge: FORM_STAMP_MAX_AGE_S,
    });
  }
  return response;
}

export const config = { matcher: '/articles/:slug' };
