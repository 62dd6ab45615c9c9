import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProfileView, profileMetadata, Unavailable, Withheld } from '@/components/profiles/ProfileView';
import { currentUser } from '@/lib/auth/session';
import { favouriteIdsOf } from '@/lib/favourites/queries';
import { getPublicProfile } from '@/lib/profiles/queries';

// Signed-in requests and unlisted profiles: our server sends a visitor's request for a listed profile to the shared
// copy (app/(site)/shared/profiles, lib/request/shared-copy-route.ts), and proxy.ts gives an unlisted profile its 410
// status (451 for one the listing rules by state hide), which a page cannot set. The data comes from the shared data
// cache (getPublicProfile), which every change to the profile or its facility invalidates.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return profileMetadata((await params).slug);
}

export default async function ProfilePage({ params }: Props) {
  const found = await getPublicProfile((await params).slug);
  // proxy.ts gives this one its 451 status.
  if (found.availability === 'withheld') return <Withheld notice={found.notice} />;
  if (found.availability !== 'listed') return found.availability === 'gone' ? <Unavailable /> : notFound();
  const { profile } = found;
  const user = await currentUser();
  // A pen pal sees whether they saved this profile; a visitor, a way to sign in and save it; staff, no button.
  const saved =
    user?.role === 'penpal' ? (await favouriteIdsOf(user, [profile.id])).has(profile.id) : user ? undefined : null;
  return <ProfileView profile={profile} saved={saved} user={user} />;
}
