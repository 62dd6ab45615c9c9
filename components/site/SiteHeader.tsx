import Link from 'next/link';
import { AccountMenu } from '@/components/account/AccountMenu';
import { SiteMenu } from '@/components/site/SiteMenu';
import type { HeaderAccount } from '@/lib/accounts/queries';
import { site } from '@/lib/site';

const NAV = [
  { href: '/articles', label: 'Articles' },
  { href: '/profiles', label: 'Profiles' },
  { href: '/about', label: 'About' },
  { href: '/safety', label: 'Safety' },
];

/**
 * One row at every width. On a phone the sections fold into a "Menu" (a <details>, so it works without JavaScript);
 * from `sm` up they are links in the row. Only one of the two lists is ever displayed, so each link is announced once.
 * `account`: who is signed in, when the layout rendering it knows; prerendered pages leave it out (see AccountMenu).
 */
export function SiteHeader({ account }: { account?: HeaderAccount }) {
  const link = 'rounded px-2 py-2 text-white no-underline hover:bg-brand-800 hover:underline';
  return (
    <header className="border-b border-brand-800 bg-brand-700 text-white">
      <div className="relative mx-auto flex max-w-5xl items-center gap-2 px-4 py-2 sm:gap-6 sm:py-3">
        <Link
          href="/"
          className="mr-auto flex shrink-0 items-center gap-2 font-serif text-lg font-bold whitespace-nowrap text-white no-underline sm:text-xl"
        >
          <EnvelopeMark />
          {site.name}
        </Link>
        <nav aria-label="Main" className="shrink-0">
          <ul className="hidden items-center gap-x-1 text-[0.95rem] sm:flex">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className={link}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
          <SiteMenu>
            <ul>
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className={`${link} -mx-2 block py-3 text-lg`}>
                    {item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </SiteMenu>
        </nav>
        {/* The account menu gives way first on a narrow screen: a long name is cut short, the row stays one row. */}
        <nav aria-label="Account" className="min-w-0">
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
