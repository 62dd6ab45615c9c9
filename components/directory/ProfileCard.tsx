import Link from 'next/link';
import { ageOn, verifiedAgo } from '@/lib/profiles/age';
import type { DirectoryCard } from '@/lib/profiles/queries';
import { interestLabel, labelList, SEEKING_LABELS, splitList, US_STATES } from '@/lib/profiles/vocabulary';
import { ProfilePhoto } from '@/components/profiles/ProfilePhoto';

export function ProfileCard({ profile, now }: { profile: DirectoryCard; now: Date }) {
  const interests = splitList(profile.interests).slice(0, 3);
  return (
    <article className="card relative flex h-full gap-4 p-4">
      <ProfilePhoto name={profile.displayName} photoPath={profile.photoPath} size={88} />
      <div className="min-w-0">
        <h2 className="text-xl font-bold">
          <Link href={`/profiles/${profile.slug}`} className="text-ink no-underline after:absolute after:inset-0 hover:underline">
            {profile.displayName}
          </Link>
        </h2>
        <p className="text-sm text-gray-700">
          {ageOn(profile.birthDate, now)} · {US_STATES[profile.state] ?? profile.state}
        </p>
        <p className="mt-2 text-sm"><span className="sr-only">Interests: </span>{interests.map(interestLabel).join(' · ')}</p>
        <p className="mt-1 text-sm text-brand-800">Seeking {labelList(SEEKING_LABELS, profile.seeking).toLowerCase()}</p>
        <p className="mt-1 text-xs text-gray-700">{verifiedAgo(profile.verifiedAt, now)}</p>
      </div>
    </article>
  );
}
