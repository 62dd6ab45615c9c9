import Link from 'next/link';
import { AccountMenu } from '@/components/account/AccountMenu';
import type { HeaderAccount } from '@/lib/accounts/queries';
import { site } from '@/lib/site';

const NAV = [
  { href: '/articles', label: 'Articles' },
  { href: '/profiles', label: 'Profiles' },
  { href: '/about', label: 'About' },
  { href: '/safety', label: 'Safety' },
];

/** `account`: who is signed in, when the layout rendering it knows; prerendered pages leave it out (see AccountMenu). */
export function SiteHeader({ account }: { account?: HeaderAccount }) {
  return (
    <header className="border-b border-brand-800 bg-brand-700 text-white">
      {/* On a phone: the name and account links on the first line, the sections on the second. */}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 sm:gap-x-6">
        <Link href="/" className="flex items-center gap-2 font-serif text-xl font-bold text-white no-underline">
          <EnvelopeMark />
          {site.name}
        </Link>
        <nav aria-label="Main" className="order-last w-full sm:order-none sm:ml-auto sm:w-auto">
          <ul className="-ml-2 flex flex-wrap items-center gap-x-1 gap-y-1 text-[0.95rem] sm:ml-0">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="rounded px-2 py-2 text-white no-underline hover:bg-brand-800 hover:underline"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="Account">
          <AccountMenu account={account} />
        </nav>
      </div>
    </header>
  );
}

function EnvelopeMark() {
  return (
    <svg aria-hidden="true" width="28" height="20" viewBox="0 0 28 20" className="shrink-0">
      <rect x="1" y="1" width="26" height="18" rx="2" fill="#fbf7f0" />
      <path d="M2 3l12 9 12-9" fill="none" stroke="#e09f3e" strokeWidth="2.5" />
    </svg>
  );
}
