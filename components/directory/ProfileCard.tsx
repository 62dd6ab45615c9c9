import Link from 'next/link';
import { ageOn, verifiedAgo } from '@/lib/profiles/age';
import type { DirectoryCard } from '@/lib/profiles/queries';
import { interestLabel, labelList, SEEKING_LABELS, splitList, US_STATES } from '@/lib/profiles/vocabulary';
import { ProfilePhoto } from '@/components/profiles/ProfilePhoto';
import { SaveProfile } from '@/components/favourites/SaveProfile';

type Props = {
  profile: DirectoryCard;
  now: Date;
  /** Whether the signed-in pen pal saved this profile; null when no one is signed in, undefined for staff. */
  saved: boolean | null | undefined;
  /** This page of the directory, to come back to after saving without JavaScript. */
  page: string;
  /** Interests the signed-in pen pal shares with this profile, shown instead of its first few. */
  common?: readonly string[];
};

/** The card's id: saving without JavaScript comes back to it. */
export const cardAnchor = (slug: string) => `profile-${slug}`;

export function ProfileCard({ profile, now, saved, page, common = [] }: Props) {
  const interests = splitList(profile.interests).slice(0, 3);
  return (
    // The save button sits under the photo, the same place on every card; it comes after the name for keyboards.
    <article
      id={cardAnchor(profile.slug)}
      className="card relative grid h-full scroll-mt-4 grid-cols-[auto_1fr] content-start gap-x-4 gap-y-3 p-4"
    >
      <ProfilePhoto name={profile.displayName} photoPath={profile.photoPath} size={88} />
      <div className="row-span-2 min-w-0">
        <h2 className="text-xl font-bold">
          <Link
            href={`/profiles/${profile.slug}`}
            className="text-ink no-underline after:absolute after:inset-0 hover:underline"
          >
            {profile.displayName}
          </Link>
        </h2>
        <p className="text-sm text-gray-700">
          {ageOn(profile.birthDate, now)} · {US_STATES[profile.state] ?? profile.state}
        </p>
        {common.length > 0 ? (
          <p className="mt-2 text-sm">
            <span className="font-semibold">In common:</span> {common.map(interestLabel).join(' · ')}
          </p>
        ) : (
          <p className="mt-2 text-sm">
            <span className="sr-only">Interests: </span>
            {interests.map(interestLabel).join(' · ')}
          </p>
        )}
        <p className="mt-1 text-sm text-brand-800">
          Seeking {labelList(SEEKING_LABELS, profile.seeking).toLowerCase()}
        </p>
        <p className="mt-1 text-xs text-gray-700">{verifiedAgo(profile.verifiedAt, now)}</p>
      </div>
      <div className="col-start-1 row-start-2">
        <SaveProfile
          profileId={profile.id}
          name={profile.displayName}
          saved={saved}
          page={page}
          anchor={cardAnchor(profile.slug)}
        />
      </div>
    </article>
  );
}
