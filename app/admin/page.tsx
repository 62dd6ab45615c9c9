import Link from 'next/link';
import { BarChart } from '@/components/admin/BarChart';
import { guardedMetadata, pageRequireMailroom } from '@/lib/auth/guard';
import { isStaff } from '@/lib/auth/roles';
import { dashboardCharts, dashboardQueues, needsAttention, type Queue } from '@/lib/dashboard/queries';
import { daysBetween } from '@/lib/dashboard/weeks';
import { ROLE_LABELS } from '@/lib/users/states';

const guard = () => pageRequireMailroom('/admin');
export const generateMetadata = guardedMetadata(guard, { title: 'Dashboard' });

const weekLabel = (date: Date) => date.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const monthLabel = (date: Date) =>
  date.toLocaleDateString('en-US', { month: 'short', year: '2-digit', timeZone: 'UTC' });
const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

/** "3 days", "5 hours": how long the oldest item has waited. */
function waited(since: Date, now: Date): string {
  const days = daysBetween(since, now);
  if (days >= 1) return `${Math.floor(days)} ${Math.floor(days) === 1 ? 'day' : 'days'}`;
  const hours = Math.floor(days * 24);
  return hours >= 1 ? `${hours} ${hours === 1 ? 'hour' : 'hours'}` : 'under an hour';
}

export default async function AdminDashboard() {
  const user = await guard();
  const now = new Date();
  const staff = isStaff(user.role);
  const [queues, attention, charts] = await Promise.all([
    dashboardQueues(user),
    staff ? needsAttention(now) : [],
    staff ? dashboardCharts(now) : null,
  ]);
  return (
    <>
      <h1 className="text-3xl font-bold">Dashboard</h1>
      <p className="mt-1 text-gray-700">
        Signed in as {user.name} ({ROLE_LABELS[user.role]}).
      </p>

      {attention.length > 0 && (
        <section
          className="mt-6 rounded-md border-2 border-amber-600 bg-amber-50 p-4"
          aria-labelledby="attention-title"
        >
          <h2 id="attention-title" className="text-xl font-bold">
            Needs attention
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {attention.map((item) => (
              <li key={item.label}>
                <Link href={item.href}>
                  {item.count} · {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <h2 className="mt-8 text-2xl font-bold">Queues</h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {queues.map((queue: Queue) => (
          <li key={queue.label}>
            <Link href={queue.href} className="card block text-ink no-underline hover:border-brand-700">
              <span className="block text-4xl font-bold">{queue.count}</span>
              <span className="mt-1 block">{queue.label}</span>
              <span className="mt-1 block text-sm text-gray-700">
                {queue.oldest && queue.count > 0 ? `Oldest waiting ${waited(queue.oldest, now)}` : 'Nothing waiting'}
              </span>
            </Link>
          </li>
        ))}
      </ul>

      {charts && (
        <>
          <h2 className="mt-10 text-2xl font-bold">The last {charts.weeks.length} weeks</h2>
          <p className="mt-1 text-gray-700">Weeks start on Monday (UTC); the last one is this week so far.</p>
          <div className="mt-4 grid gap-6 lg:grid-cols-2">
            <BarChart
              id="letters"
              title="Letters submitted and posted, and replies received"
              labels={charts.weeks.map(weekLabel)}
              series={[
                { name: 'Submitted', values: charts.lettersSubmitted, className: 'text-brand-700' },
                { name: 'Posted', values: charts.lettersPosted, className: 'text-amber-600' },
                { name: 'Replies', values: charts.repliesReceived, className: 'text-gray-500' },
              ]}
            />
            <BarChart
              id="days-to-post"
              title="Median days from submitting a letter to posting it"
              labels={charts.weeks.map(weekLabel)}
              series={[{ name: 'Median days', values: charts.daysToPost, className: 'text-brand-700' }]}
              format={(days) => days.toFixed(1)}
            />
            <BarChart
              id="comments"
              title="Comments received and approved"
              labels={charts.weeks.map(weekLabel)}
              series={[
                { name: 'Received', values: charts.commentsReceived, className: 'text-brand-700' },
                { name: 'Approved', values: charts.commentsApproved, className: 'text-amber-600' },
              ]}
            />
            <BarChart
              id="profiles"
              title="Profiles received and approved"
              labels={charts.weeks.map(weekLabel)}
              series={[
                { name: 'Received', values: charts.profilesReceived, className: 'text-brand-700' },
                { name: 'Approved', values: charts.profilesApproved, className: 'text-amber-600' },
              ]}
            />
            <BarChart
              id="postage"
              title="Postage spent per month"
              labels={charts.months.map(monthLabel)}
              series={[{ name: 'Postage', values: charts.postageCents, className: 'text-brand-700' }]}
              format={dollars}
            />
          </div>
        </>
      )}
    </>
  );
}
