import type { Metadata } from 'next';
import { DirectoryView, directoryMetadata } from '@/components/directory/DirectoryView';
import { parseDirectoryParams } from '@/lib/profiles/directory-params';
import { currentUser } from '@/lib/auth/session';
import { favouriteIdsOf } from '@/lib/favourites/queries';
import { interestCounts } from '@/lib/profiles/interest-counts';
import { directoryPageInRange, filtersInRange, matchInputOf } from '@/lib/profiles/queries';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return directoryMetadata(await filtersInRange(parseDirectoryParams(await searchParams)));
}

// Signed-in requests, searches and deep pages: our server sends a visitor's other requests to the shared copy
// (app/(site)/shared/directory, lib/request/shared-copy-route.ts).
export default async function ProfilesPage({ searchParams }: Props) {
  // Only a signed-in pen pal's page has a personal part (best match, saved marks); everyone else's depends on the URL.
  const user = await currentUser();
  const penPal = user?.role === 'penpal' ? user : null;
  const match = penPal ? await matchInputOf(penPal) : null;
  const now = new Date();
  const [{ filters, total, profiles, pageCount, notice }, interests] = await Promise.all([
    directoryPageInRange(parseDirectoryParams(await searchParams, { bestMatch: penPal !== null }), now, match),
    interestCounts(now),
  ]);
  const saved = penPal
    ? await favouriteIdsOf(
        penPal,
        profiles.map((profile) => profile.id),
      )
    : null;
  // A pen pal sees what they saved; a visitor, a way to sign in and save; staff, no button.
  const savedState = (id: string) => (saved ? saved.has(id) : user ? undefined : null);
  return (
    <DirectoryView
      filters={filters}
      total={total}
      profiles={profiles}
      pageCount={pageCount}
      interests={interests}
      notice={notice}
      now={now}
      match={match}
      savedState={savedState}
    />
  );
}
