import { headerAccountOf } from '@/lib/accounts/queries';
import { currentUser } from '@/lib/auth/session';

// Who is signed in, for the site header on prerendered pages (articles, about): the page is the same for everyone,
// so the header asks once it is in the browser. Only what the header shows: the display name, and whether to offer
// the moderation console.
export async function GET() {
  return Response.json(
    { account: headerAccountOf(await currentUser()) },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
