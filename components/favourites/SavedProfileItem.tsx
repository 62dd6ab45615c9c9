import Link from 'next/link';
import { ProfilePhoto } from '@/components/profiles/ProfilePhoto';
import { formatDate } from '@/lib/format/date';
import type { SavedProfile } from '@/lib/favourites/queries';
import { ageOn } from '@/lib/profiles/age';
import { interestLabel, splitList, US_STATES } from '@/lib/profiles/vocabulary';
import { FavouriteButton } from './FavouriteButton';

/** One saved profile. An unlisted one is greyed, says why in a word, and links nowhere (its page answers 410). */
export function SavedProfileItem({ saved, now, returnTo }: { saved: SavedProfile; now: Date; returnTo: string }) {
  const { listed } = saved;
  return (
    <article
      className={`flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border p-4 ${listed ? 'border-gray-200 bg-white shadow-sm' : 'border-dashed border-gray-300 bg-gray-50'}`}
    >
      {listed ? (
        <ProfilePhoto name={saved.displayName} photoPath={listed.photoPath} size={64} />
      ) : (
        <span aria-hidden="true" className="size-16 shrink-0 rounded-lg bg-gray-200" />
      )}
      <div className="min-w-48 flex-1">
        <h2 className="text-lg font-bold">
          {listed ? (
            <Link href={`/profiles/${listed.slug}`}>{saved.displayName}</Link>
          ) : (
            <span className="text-gray-700">{saved.displayName}</span>
          )}
        </h2>
        {listed ? (
          <p className="text-sm text-gray-700">
            {ageOn(listed.birthDate, now)} · {US_STATES[listed.state] ?? listed.state} ·{' '}
            {splitList(listed.interests).slice(0, 3).map(interestLabel).join(', ')}
          </p>
        ) : (
          <p className="text-sm text-gray-700">
            <span className="mr-2 inline-block rounded-full bg-gray-200 px-2 py-0.5 font-semibold text-gray-800">
              {saved.unlisted}
            </span>
            Not in the directory any more.
          </p>
        )}
        <p className="mt-1 text-xs text-gray-700">Saved {formatDate(saved.savedAt)}</p>
      </div>
      {/* On a phone the button goes under the text, to the right. */}
      <div className="ml-auto">
        <FavouriteButton profileId={saved.id} name={saved.displayName} saved returnTo={returnTo} />
      </div>
    </article>
  );
}
