'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { HeaderAccount } from '@/lib/accounts/queries';

// Most visitors are not signed in: the menu, with its sign-out action, is fetched only for someone who is. Where the
// server knows who is signed in (pages rendered per request) it renders the menu into the page as before.
const SignedInMenu = dynamic(() => import('@/components/account/SignedInMenu').then((m) => m.SignedInMenu));

type Props = {
  /** Who is signed in, when the server knows (pages rendered per request); absent on prerendered pages. */
  account?: HeaderAccount;
};

/**
 * The header's account links: "Sign in" and "Create account", or the signed-in person's name opening a menu. A
 * prerendered page (an article, /about) is the same for everyone, so there the menu asks /api/session once it is in
 * the browser; without JavaScript such a page shows "Sign in".
 */
export function AccountMenu({ account }: Props) {
  const [fetched, setFetched] = useState<HeaderAccount>(null);
  const [signedOut, setSignedOut] = useState(false);
  const known = account !== undefined;

  useEffect(() => {
    if (known) return;
    const controller = new AbortController();
    fetch('/api/session', { cache: 'no-store', signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ account: HeaderAccount }>) : { account: null }))
      .then((body) => setFetched(body.account))
      // Offline or aborted: the links for a signed-out visitor stay, and they still work.
      .catch(() => {});
    return () => controller.abort();
  }, [known]);

  const shown = signedOut ? null : known ? account : fetched;
  if (!shown) {
    return (
      // On a phone "Sign in" alone fits beside the site's name and the menu; the sign-in page offers an account.
      <ul className="flex items-center gap-1 text-[0.95rem]">
        <li>
          <Link
            href="/signin"
            className="rounded px-2 py-2 whitespace-nowrap text-white no-underline hover:bg-brand-800 hover:underline"
          >
            Sign in
          </Link>
        </li>
        <li>
          <Link
            href="/signup"
            className="hidden rounded border border-white/70 px-3 py-1.5 whitespace-nowrap text-white no-underline hover:bg-brand-800 sm:inline-block"
          >
            Create account
          </Link>
        </li>
      </ul>
    );
  }
  return (
    <SignedInMenu name={shown.name} staff={shown.staff} unread={shown.unread} onSignOut={() => setSignedOut(true)} />
  );
}
