'use client';

import Link from 'next/link';
import { useRef } from 'react';
import { useMenuClosing } from '@/components/ui/use-menu-closing';
import { signOut } from '@/lib/auth/actions';

/** The signed-in person's menu: its own module, so a visitor who is not signed in never downloads it (AccountMenu). */
export function SignedInMenu({
  name,
  staff,
  unread,
  onSignOut,
}: {
  name: string;
  staff: boolean;
  unread: number;
  onSignOut: () => void;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  useMenuClosing(details);

  const item = 'block px-4 py-2 text-ink no-underline hover:bg-brand-50 hover:underline focus-visible:bg-brand-50';

  return (
    <details ref={details} className="relative">
      <summary className="flex min-h-10 max-w-[9rem] cursor-pointer list-none items-center gap-1 rounded border border-white/70 px-3 py-1.5 text-[0.95rem] hover:bg-brand-800 sm:max-w-[16rem] [&::-webkit-details-marker]:hidden">
        <span className="sr-only">Account menu: </span>
        <span className="truncate">{name}</span>
        {unread > 0 && <UnreadBadge count={unread} />}
        <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" className="shrink-0">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-56 rounded-md border border-gray-200 bg-white py-1 shadow-lg">
        <ul>
          <li>
            <Link href="/inbox" className={item}>
              Inbox
              {unread > 0 && <span className="ml-1 font-semibold">({unread} unread)</span>}
            </Link>
          </li>
          <li>
            <Link href="/letters" className={item}>
              Drafts
            </Link>
          </li>
          <li>
            <Link href="/account/favourites" className={item}>
              Favourites
            </Link>
          </li>
          <li>
            <Link href="/account" className={item}>
              Account
            </Link>
          </li>
          {staff && (
            <li>
              <Link href="/admin" className={item}>
                Moderation
              </Link>
            </li>
          )}
          <li className="mt-1 border-t border-gray-200 pt-1">
            <form action={signOut} onSubmit={onSignOut}>
              <button type="submit" className={`${item} w-full text-left`}>
                Sign out
              </button>
            </form>
          </li>
        </ul>
      </div>
    </details>
  );
}

/** The count of unread replies beside the name; screen readers hear it as words. */
function UnreadBadge({ count }: { count: number }) {
  return (
    <span
      data-unread-badge
      className="ml-1 shrink-0 rounded-full bg-amber-300 px-2 text-sm leading-6 font-bold text-ink"
    >
      {count}
      <span className="sr-only"> unread {count === 1 ? 'reply' : 'replies'}</span>
    </span>
  );
}
