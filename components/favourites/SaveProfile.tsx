import Link from 'next/link';
import { FavouriteButton } from './FavouriteButton';
import { Heart } from './Heart';

type Props = {
  profileId: string;
  name: string;
  /** Null when no one is signed in: the button then asks them to sign in and come back. Undefined for a signed-in
   * staff account, which has no list: no button at all. */
  saved: boolean | null | undefined;
  /** The page the button is on (path and query), and the id of the element to come back to. */
  page: string;
  anchor: string;
};

/** The save button wherever a profile appears; signed out, a link to sign in that returns to this page. */
export function SaveProfile({ profileId, name, saved, page, anchor }: Props) {
  if (saved === undefined) return null;
  if (saved === null) {
    return (
      <Link
        href={`/signin?next=${encodeURIComponent(page)}`}
        className="btn-secondary btn-small relative z-10 gap-1.5 px-2.5"
      >
        <Heart filled={false} />
        Save<span className="sr-only"> {name}</span>
      </Link>
    );
  }
  return <FavouriteButton profileId={profileId} name={name} saved={saved} returnTo={`${page}#${anchor}`} />;
}
