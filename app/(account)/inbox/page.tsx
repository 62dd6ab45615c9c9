import Link from 'next/link';
import { ProfilePhoto } from '@/components/profiles/ProfilePhoto';
import { pageRequireUser } from '@/lib/auth/guard';
import { formatDate } from '@/lib/format/date';
import { listInboxThreads } from '@/lib/letters/inbox-queries';

export default async function InboxPage() {
  await pageRequireUser('/inbox');
  const threads = await listInboxThreads();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold">Inbox</h1>
        <p className="mt-2 text-gray-700">
          Your letters and the replies that came back, one conversation per person, the most recent first. Only you and
          our staff can read them.
        </p>
      </header>
      {threads.length === 0 ? (
        <div className="card">
          <p className="font-semibold">No letters yet.</p>
          <p className="mt-2">
            Find someone to write to in the <Link href="/profiles">directory</Link>; your letters and their replies will
            appear here.
          </p>
        </div>
      ) : (
        <ul aria-label="Conversations" className="space-y-3">
          {threads.map((thread) => (
            <li key={thread.id}>
              <Link
                href={`/inbox/${thread.id}`}
                className="card flex items-center gap-4 text-ink no-underline hover:border-brand-700 hover:bg-brand-50"
              >
                <ProfilePhoto name={thread.name} photoPath={thread.photoPath} size={56} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-lg font-semibold text-brand-700 underline">{thread.name}</span>
                  <span className="block text-sm text-gray-700">
                    Last activity {formatDate(thread.lastActivityAt)}
                    {thread.stoppedAt && ' · You stopped writing'}
                  </span>
                </span>
                {thread.unread > 0 && (
                  <span className="shrink-0 rounded-full bg-amber-300 px-3 py-1 text-sm font-bold">
                    {thread.unread} unread
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
