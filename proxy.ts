import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/options';
import { profileRoute } from '@/lib/profiles/queries';
import { sharedProfilePath } from '@/lib/profiles/shared-pages';

const SLUG = /^[a-z0-9-]+$/;

// Not a guard: every page and action checks the session itself. The proxy does what a page cannot:
// - answer 410 Gone for a profile that was listed and no longer is, and 451 for one the listing rules by state hide
//   (the page renders the explanation);
// - send a visitor who is not signed in to the profile page every visitor shares (lib/profiles/shared-pages.ts). The
//   directory's shared copies are chosen by our server before Next (lib/request/shared-directory-route.ts).
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The shared copies are reached through the pages above only, never by their own address.
  if (pathname.startsWith('/shared/')) return NextResponse.rewrite(new URL('/_not-found', request.url));
  if (request.method !== 'GET') return NextResponse.next();
  const [, section, slug] = pathname.split('/');
  if (section !== 'profiles' || !slug || !SLUG.test(slug)) return NextResponse.next();
  const { availability, version } = await profileRoute(slug);
  if (availability === 'gone') return NextResponse.rewrite(request.nextUrl, { status: 410 });
  // Held in a state whose listings the program does not show (settings): the page shows its notice. 451, as the
  // reason is a legal one (the state's prison rules), and so crawlers drop the page rather than index the notice.
  if (availability === 'withheld') return NextResponse.rewrite(request.nextUrl, { status: 451 });
  return !request.cookies.has(SESSION_COOKIE) && version
    ? NextResponse.rewrite(new URL(sharedProfilePath(slug, version), request.url))
    : NextResponse.next();
}

export const config = { matcher: ['/profiles/:slug', '/shared/:path*'] };
