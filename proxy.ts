import { NextResponse, type NextRequest } from 'next/server';
import { profileAvailability } from '@/lib/profiles/queries';
import { profileSlugOf } from '@/lib/profiles/shared-pages';

// Not a guard: every page and action checks the session itself. The proxy does what a page cannot: answer 410 Gone
// for a profile that was listed and no longer is, and 451 for one the listing rules by state hide (the page renders
// the explanation). A visitor's listed profile never comes here: our server sends it to the copy every visitor shares
// (lib/request/shared-copy-route.ts), naming it in the header the matcher below leaves out.
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // The shared copies are reached through the pages' own addresses only.
  if (pathname.startsWith('/shared/')) return NextResponse.rewrite(new URL('/_not-found', request.url));
  if (request.method !== 'GET') return NextResponse.next();
  const slug = profileSlugOf(pathname);
  if (!slug) return NextResponse.next();
  const availability = await profileAvailability(slug);
  if (availability === 'gone') return NextResponse.rewrite(request.nextUrl, { status: 410 });
  // Held in a state whose listings the program does not show (settings): the page shows its notice. 451, as the
  // reason is a legal one (the state's prison rules), and so crawlers drop the page rather than index the notice.
  if (availability === 'withheld') return NextResponse.rewrite(request.nextUrl, { status: 451 });
  return NextResponse.next();
}

// Literal, as Next reads it at build time: SHARED_VERSION_HEADER in lib/request/shared-copy-rewrite.mjs.
export const config = {
  matcher: [{ source: '/profiles/:slug', missing: [{ type: 'header', key: 'x-bb-shared-version' }] }, '/shared/:path*'],
};
