import type { Metadata } from 'next';
import Link from 'next/link';
import { signOut } from '@/lib/auth/actions';
import { currentUser } from '@/lib/auth/session';
import { site } from '@/lib/site';

export const metadata: Metadata = {
  title: { default: 'Moderation', template: `%s · Moderation · ${site.name}` },
  robots: { index: false },
};

const NAV = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/comments', label: 'Comments' },
  { href: '/admin/profiles', label: 'Profiles' },
  { href: '/admin/letters', label: 'Letters' },
  { href: '/admin/reports', label: 'Reports' },
  { href: '/admin/audit', label: 'Audit log' },
];

// Navigation only. Each page checks the role itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <>
      <header className="bg-ink text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="font-serif text-lg font-bold text-white no-underline">
            {site.name} · Moderation
          </Link>
          <nav aria-label="Moderation">
            <ul className="flex flex-wrap items-center gap-1">
              {NAV.map((item) => (
                <li key={item.href}>
                  <Link
                    href={item.href}
                    className="rounded px-2 py-2 text-white no-underline hover:bg-white/10 hover:underline"
                  >
                    {item.label}
                  </Link>
                </li>
              ))}
              <li>
                <Link href="/" className="rounded px-2 py-2 text-white no-underline hover:underline">
                  View site
                </Link>
              </li>
              {user && (
                <li>
                  <form action={signOut}>
                    <button type="submit" className="rounded border border-white/60 px-3 py-1.5 hover:bg-white/10">
                      Sign out
                    </button>
                  </form>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
