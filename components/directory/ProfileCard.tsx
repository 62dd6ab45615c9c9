'use client';

import Link from 'next/link';
import { ProfilePhoto } from '@/components/profiles/ProfilePhoto';
import { SaveProfile } from '@/components/favourites/SaveProfile';

/**
 * What a card shows, worded on the server (cardOf in DirectoryView). A client component, so that the page's payload
 * carries 24 of these small objects rather than 24 copies of the card's markup: a third of the directory's bytes.
 */
export type CardData = {
  id: string;
  slug: string;
  name: string;
  photoPath: string | null;
  /** "23 · California" */
  facts: string;
  /** The first few interests, or those the signed-in pen pal shares (then `inCommon`). */
  interests: string;
  inCommon: boolean;
  /** "friendship, mentorship" */
  seeking: string;
  /** "verified 8 days ago" */
  verified: string;
  /** Whether the signed-in pen pal saved this profile; null when no one is signed in, undefined for staff. */
  saved: boolean | null | undefined;
};

/** The card's id: saving without JavaScript comes back to it. */
export const cardAnchor = (slug: string) => `profile-${slug}`;

/** `page`: this page of the directory, to come back to after saving without JavaScript. */
export function ProfileCard({ card, page }: { card: CardData; page: string }) {
  return (
    // The save button sits under the photo, the same place on every card; it comes after the name for keyboards.
    <article id={cardAnchor(card.slug)} className="profile-card">
      <ProfilePhoto name={card.name} photoPath={card.photoPath} size={88} />
      <div className="row-span-2 min-w-0">
        <h2 className="text-xl font-bold">
          <Link href={`/profiles/${card.slug}`} className="card-link">
            {card.name}
          </Link>
        </h2>
        <p className="text-sm text-gray-700">{card.facts}</p>
        <p className="mt-2 text-sm">
          {card.inCommon ? (
            <span className="font-semibold">In common: </span>
          ) : (
            <span className="sr-only">Interests: </span>
          )}
          {card.interests}
        </p>
        <p className="mt-1 text-sm text-brand-800">Seeking {card.seeking}</p>
        <p className="mt-1 text-xs text-gray-700">{card.verified}</p>
      </div>
      <div className="col-start-1 row-start-2">
        <SaveProfile
          profileId={card.id}
          name={card.name}
          saved={card.saved}
          page={page}
          anchor={cardAnchor(card.slug)}
        />
      </div>
    </article>
  );
}
