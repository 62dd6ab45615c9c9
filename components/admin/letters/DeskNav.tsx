import Link from 'next/link';

const LINKS = [
  { href: '/admin/letters', label: 'Screening', staffOnly: true },
  { href: '/admin/letters/print', label: 'Print and post', staffOnly: false },
  { href: '/admin/letters/ledger', label: 'Postage ledger', staffOnly: false },
];

/** The letters desk's own pages; the mailroom does not see the screening link (it is not theirs). */
export function DeskNav({ current, staff }: { current: string; staff: boolean }) {
  return (
    <nav aria-label="Letters desk" className="mt-2 mb-4 text-sm">
      <ul className="flex flex-wrap gap-4">
        {LINKS.filter((link) => staff || !link.staffOnly).map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? 'page' : undefined}
              className="aria-[current=page]:font-bold"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
