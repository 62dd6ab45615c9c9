'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

// The signed-in area's own menu.
const SECTIONS = [
  { href: '/account', label: 'Account' },
  { href: '/inbox', label: 'Inbox' },
  { href: '/letters', label: 'Drafts' },
  { href: '/account/favourites', label: 'Favourites' },
  { href: '/account/security', label: 'Security' },
  { href: '/account/data', label: 'Your data' },
];

/** The section a path belongs to: /account/email is part of Account. */
function sectionOf(pathname: string): string {
  return (
    SECTIONS.slice(1).find((section) => pathname === section.href || pathname.startsWith(`${section.href}/`))?.href ??
    '/account'
  );
}

export function AccountNav() {
  const current = sectionOf(usePathname());
  return (
    <nav aria-label="Your account" className="md:w-48 md:shrink-0">
      <ul className="-mx-1 flex flex-wrap gap-1 md:mx-0 md:flex-col">
        {SECTIONS.map((section) => {
          const active = section.href === current;
          return (
            <li key={section.href} className="shrink-0">
              <Link
                href={section.href}
                aria-current={active ? 'page' : undefined}
                className={`block rounded-md px-2 py-2 text-[0.95rem] no-underline sm:px-3 sm:text-base hover:underline ${active ? 'bg-brand-700 font-semibold text-white' : 'text-brand-700 hover:bg-brand-50'}`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
