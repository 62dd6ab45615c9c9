import { currentUser } from '@/lib/auth/session';
import { headerAccountWithInbox } from '@/lib/letters/inbox-queries';

// Who is signed in, for the site header on prerendered pages (articles, about): the page is the same for everyone,
// so the header asks once it is in the browser. Only what the header shows: the display name, whether to offer
// the moderation console, and how many replies are unread.
export async function GET() {
  return Response.json(
    { account: await headerAccountWithInbox(await currentUser()) },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}
