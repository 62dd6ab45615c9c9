import type { Metadata } from 'next';
import Link from 'next/link';
import { ConsoleNavLinks } from '@/components/admin/ConsoleNavLinks';
import { signOut } from '@/lib/auth/actions';
import { MAILROOM_ROLES, type Role, STAFF_ROLES } from '@/lib/auth/roles';
import { currentUser } from '@/lib/auth/session';
import { site } from '@/lib/site';

export const metadata: Metadata = {
  title: { default: 'Moderation', template: `%s · Moderation · ${site.name}` },
  robots: { index: false },
};

// `roles`: shown only to these; the pages check the role themselves either way.
const NAV: { href: string; label: string; roles?: readonly Role[] }[] = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/comments', label: 'Comments', roles: STAFF_ROLES },
  { href: '/admin/profiles', label: 'Profiles', roles: STAFF_ROLES },
  // The mailroom's Letters link lands on the print queue (screening is staff only).
  { href: '/admin/letters', label: 'Letters', roles: MAILROOM_ROLES },
  { href: '/admin/reports', label: 'Reports', roles: STAFF_ROLES },
  { href: '/admin/letters/intake', label: 'Reply intake', roles: MAILROOM_ROLES },
  { href: '/admin/forms', label: 'Paper forms', roles: STAFF_ROLES },
  { href: '/admin/users', label: 'Users', roles: ['admin'] },
  { href: '/admin/settings', label: 'Settings', roles: ['admin'] },
  { href: '/admin/audit', label: 'Audit log', roles: ['admin'] },
];

// Navigation only. Each page checks the role itself.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <>
      <header className="bg-ink text-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/admin" className="font-serif text-lg font-bold text-white no-underline">
            {site.name} · Moderation
          </Link>
          <nav aria-label="Moderation">
            <ul className="flex flex-wrap items-center gap-1">
              <ConsoleNavLinks
                items={NAV.filter((item) => !item.roles || (user && item.roles.includes(user.role))).map(
                  ({ href, label }) => ({ href, label }),
                )}
              />
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
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 print:max-w-none print:p-0">
        {children}
      </main>
    </>
  );
}
