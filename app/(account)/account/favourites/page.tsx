import type { Metadata } from 'next';
import Link from 'next/link';
import { SavedProfileItem } from '@/components/favourites/SavedProfileItem';
import { pageRequireRole } from '@/lib/auth/guard';
import { listFavourites } from '@/lib/favourites/queries';

export const metadata: Metadata = { title: 'Saved profiles', robots: { index: false } };

const PATH = '/account/favourites';

export default async function FavouritesPage() {
  const user = await pageRequireRole(PATH, 'penpal');
  const now = new Date();
  const favourites = await listFavourites(user, now);
  const unlisted = favourites.some((saved) => saved.unlisted);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">Saved profiles</h1>
        <p className="mt-2 text-gray-700">
          The people you saved in the directory, the most recent first. Only you see this list.
        </p>
      </header>
      {favourites.length === 0 ? (
        <div className="card">
          <p className="font-semibold">You have not saved anyone yet.</p>
          <p className="mt-2">
            Press <strong>Save</strong> on a profile in the <Link href="/profiles">directory</Link> to keep it here.
          </p>
        </div>
      ) : (
        <ul id="saved" aria-label="Saved profiles" className="scroll-mt-4 space-y-3">
          {favourites.map((saved) => (
            <li key={saved.id}>
              <SavedProfileItem saved={saved} now={now} returnTo={`${PATH}#saved`} />
            </li>
          ))}
        </ul>
      )}
      {unlisted && (
        <p className="text-sm text-gray-700">
          People leave the directory when they are released or moved, when a listing is not renewed for a year, or at
          someone&apos;s request. If you were writing to them, your letters and replies stay in your inbox.
        </p>
      )}
    </div>
  );
}
