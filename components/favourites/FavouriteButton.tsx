'use client';

import { useActionState, useSyncExternalStore } from 'react';
import { useFormStatus } from 'react-dom';
import { setFavourite } from '@/lib/favourites/actions';
import { initialActionState } from '@/lib/forms/action-state';
import { Heart } from './Heart';

type Props = {
  profileId: string;
  name: string;
  saved: boolean;
  /** This page and the anchor of the card, for a browser without JavaScript to come back to after posting. */
  returnTo: string;
};

const noSubscription = () => () => {};

/**
 * Save or unsave a profile: a toggle button (aria-pressed) in a small form. Without JavaScript the form posts and the
 * action sends the browser back to `returnTo`; with it, the button flips at once and the page stays where it is (the
 * action refreshes the page's data in the same response, so `saved` catches up).
 */
export function FavouriteButton({ profileId, name, saved, returnTo }: Props) {
  const [state, action] = useActionState(setFavourite, initialActionState);
  // True only once hydrated: a form posted by the browser itself (no JavaScript yet) is the one that needs a way back.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <form action={action} className="relative z-10 inline-flex flex-col items-start">
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="save" value={saved ? '0' : '1'} />
      {!hydrated && <input type="hidden" name="returnTo" value={returnTo} />}
      <Toggle name={name} saved={saved} />
      {/* w-0 min-w-full: a refusal wraps under the button instead of widening the column it sits in. */}
      <p role="status" className="mt-1 w-0 min-w-full text-xs text-red-800 empty:hidden">
        {state.ok ? '' : state.message}
      </p>
    </form>
  );
}

/** Shows the state being asked for while the action runs, so the click answers at once. */
function Toggle({ name, saved }: { name: string; saved: boolean }) {
  const { pending, data } = useFormStatus();
  const shown = pending && data ? data.get('save') === '1' : saved;
  return (
    // Narrow enough for "Saved" to fit under a card's photo.
    <button
      type="submit"
      aria-pressed={shown}
      className={`btn btn-small gap-1.5 border border-brand-700 px-2.5 ${shown ? 'bg-brand-700 text-white hover:bg-brand-800' : 'bg-white text-brand-700 hover:bg-brand-50'}`}
    >
      <Heart filled={shown} />
      {shown ? 'Saved' : 'Save'}
      <span className="sr-only"> {name}</span>
    </button>
  );
}
