import type { Metadata } from 'next';
import { AccountNav } from '@/components/account/AccountNav';
import { currentUser } from '@/lib/auth/session';
import { site } from '@/lib/site';

export const metadata: Metadata = {
  title: { default: 'Your account', template: `%s · Your account · ${site.name}` },
  robots: { index: false },
};

// Navigation only: each page checks the session itself (pageRequireUser), since a layout's check guards no page.
// The page after deleting an account has no account to show a menu for.
export default async function AccountAreaLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  return (
    <div data-account-area className="flex flex-col gap-6 md:flex-row md:gap-10">
      {user && <AccountNav />}
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
