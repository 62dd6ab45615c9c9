import Link from 'next/link';
import { site } from '@/lib/site';

const NAV = [
  { href: '/articles', label: 'Articles' },
  { href: '/profiles', label: 'Profiles' },
  { href: '/about', label: 'About' },
  { href: '/safety', label: 'Safety' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-brand-800 bg-brand-700 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-serif text-xl font-bold text-white no-underline">
          <EnvelopeMark />
          {site.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-1 gap-y-1 text-[0.95rem]">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-2 py-2 text-white no-underline hover:bg-brand-800 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/signin" className="ml-1 rounded border border-white/70 px-3 py-1.5 text-white no-underline hover:bg-brand-800">
                Sign in
              </Link>
            </li>
          </ul>
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
