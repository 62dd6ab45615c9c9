import type { Metadata } from 'next';
import Link from 'next/link';
import { pageRequireStaff } from '@/lib/auth/guard';
import { commentStatusCounts } from '@/lib/comments/queries';
import { reportTabCounts } from '@/lib/reports/queries';
import { reviewTabCounts } from '@/lib/profiles/review-queries';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function AdminDashboard() {
  const user = await pageRequireStaff('/admin');
  const [counts, profiles, reports] = await Promise.all([commentStatusCounts(), reviewTabCounts(), reportTabCounts()]);
  const queues = [
    { label: 'Profiles waiting for review', count: profiles.pending, href: '/admin/profiles?tab=pending' },
    { label: 'Open reports about profiles', count: reports.open, href: '/admin/reports?tab=open' },
    { label: 'Listings ending within 30 days', count: profiles.expiring, href: '/admin/profiles?tab=expiring' },
    { label: 'Comments awaiting moderation', count: counts.pending, href: '/admin/comments?status=pending' },
    { label: 'Comments in spam', count: counts.spam, href: '/admin/comments?status=spam' },
  ];
  return (
    <>
      <h1 className="text-3xl font-bold">Dashboard</h1>
      <p className="mt-1 text-gray-700">
        Signed in as {user.name} ({user.role}).
      </p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {queues.map((queue) => (
          <li key={queue.href}>
            <Link href={queue.href} className="card block text-ink no-underline hover:border-brand-700">
              <span className="block text-4xl font-bold">{queue.count}</span>
              <span className="mt-1 block">{queue.label}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
