'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type ConsoleNavItem = { href: string; label: string };

/** The link whose path is the longest prefix of the current one: /admin/letters/intake is Reply intake, not Letters. */
export function currentNavHref(pathname: string, hrefs: readonly string[]): string | undefined {
  return hrefs
    .filter((href) => pathname === href || (href !== '/admin' && pathname.startsWith(`${href}/`)))
    .sort((a, b) => b.length - a.length)[0];
}

/** The console's links (already filtered by role on the server), the current page marked with aria-current. */
export function ConsoleNavLinks({ items }: { items: ConsoleNavItem[] }) {
  const pathname = usePathname();
  const current = currentNavHref(
    pathname,
    items.map((item) => item.href),
  );
  return items.map((item) => (
    <li key={item.href}>
      <Link
        href={item.href}
        aria-current={item.href === current ? 'page' : undefined}
        className="rounded px-2 py-2 text-white no-underline hover:bg-white/10 hover:underline aria-[current=page]:bg-white/15 aria-[current=page]:underline aria-[current=page]:decoration-2 aria-[current=page]:underline-offset-4"
      >
        {item.label}
      </Link>
    </li>
  ));
}
