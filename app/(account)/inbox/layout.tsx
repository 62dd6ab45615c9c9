import type { Metadata } from 'next';
import { AccountNav } from '@/components/account/AccountNav';
import { site } from '@/lib/site';

export const metadata: Metadata = {
  title: { default: 'Inbox', template: `%s · Inbox · ${site.name}` },
  robots: { index: false },
};

// Navigation only: each page checks the session itself (pageRequireUser), since a layout's check guards no page.
export default function InboxLayout({ children }: { children: React.ReactNode }) {
  return (
    <div data-account-area className="flex flex-col gap-6 md:flex-row md:gap-10">
      <AccountNav />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
