import { NextResponse, type NextRequest } from 'next/server';
import { FORM_STAMP_COOKIE, FORM_STAMP_MAX_AGE_S, createFormStamp } from '@/lib/spam/form-stamp';
import { env } from '@/lib/env';
import { profileAvailability } from '@/lib/profiles/queries';

const SLUG = /^[a-z0-9-]+$/;

// Not a guard: every page and action checks the session itself. The proxy does two things a page cannot:
// stamp article responses with the time the comment form was served (the page itself is static), and answer
// 410 Gone for a profile that was listed and no longer is (the page renders the explanation).
export async function proxy(request: NextRequest) {
  const [, section, slug] = request.nextUrl.pathname.split('/');
  if (request.method !== 'GET' || !slug || !SLUG.test(slug)) return NextResponse.next();
  if (section === 'profiles') {
    const gone = (await profileAvailability(slug)) === 'gone';
    return gone ? NextResponse.rewrite(request.nextUrl, { status: 410 }) : NextResponse.next();
  }
  const response = NextResponse.next();
  response.cookies.set(FORM_STAMP_COOKIE, createFormStamp(env.authSecret, slug), {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.siteUrl.startsWith('https://'),
    path: `/articles/${slug}`,
    maxAge: FORM_STAMP_MAX_AGE_S,
  });
  return response;
}

export const config = { matcher: ['/articles/:slug', '/profiles/:slug'] };
