import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NOT_FOUND_TITLE } from '@/components/site/NotFoundContent';
import { cache } from 'react';
import { MarkThreadRead } from '@/components/letters/MarkThreadRead';
import { StartWritingAgainForm } from '@/components/letters/StopWritingForms';
import { ThreadTimeline } from '@/components/letters/ThreadTimeline';
import { WriteLetter } from '@/components/letters/WriteLetter';
import { ProfilePhoto } from '@/components/profiles/ProfilePhoto';
import { pageRequireUser } from '@/lib/auth/guard';
import { PERSON_ASKED_REASON } from '@/lib/letters/threads';
import { formatDate } from '@/lib/format/date';
import { getInboxThread } from '@/lib/letters/inbox-queries';
import { SLOW_MAIL_ARTICLE, STOP_REASON_LABELS, type StopReason, waitingForReplySince } from '@/lib/letters/threads';
import { labelFor } from '@/lib/profiles/vocabulary';
import { getSettings } from '@/lib/settings';

type Props = { params: Promise<{ threadId: string }> };

// The page's one read, shared with its metadata: a thread that is not this pen pal's is titled "Page not found".
const findThread = cache(getInboxThread);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const thread = await findThread((await params).threadId).catch(() => null);
  return { title: thread ? 'Letters' : NOT_FOUND_TITLE, robots: { index: false } };
}

export default async function ThreadPage({ params }: Props) {
  const { threadId } = await params;
  const user = await pageRequireUser(`/inbox/${threadId}`);
  const thread = await findThread(threadId);
  if (!thread) notFound();
  const settings = await getSettings();
  const waitingSince = waitingForReplySince(thread.letters, thread.replies, settings.letters.noReplyDays);
  const unread = thread.replies.filter((reply) => !reply.readAt).length;

  return (
    <div className="space-y-6">
      <p>
        <Link href="/inbox">← Inbox</Link>
      </p>
      <header className="flex items-center gap-4">
        <ProfilePhoto name={thread.name} photoPath={thread.photoPath} size={72} main />
        <div>
          <h1 className="text-3xl font-bold">Letters with {thread.name}</h1>
          {thread.listed && (
            <p className="mt-1">
              <Link href={`/profiles/${thread.slug}`}>Their profile</Link>
            </p>
          )}
        </div>
      </header>
      <MarkThreadRead threadId={thread.id} unread={unread} />

      {thread.stoppedAt && thread.stopReason === PERSON_ASKED_REASON && (
        <section aria-labelledby="stopped" className="card border-amber-500 bg-amber-50">
          <h2 id="stopped" className="text-lg font-bold">
            {thread.name} asked us to stop the letters
          </h2>
          <p className="mt-1">
            On {formatDate(thread.stoppedAt)} we received a form from {thread.name} asking for letters to stop. We
            respect that, and no new letters can be sent to them. Thank you for the letters you wrote; there are many
            other people in the directory waiting to hear from someone.
          </p>
        </section>
      )}
      {thread.stoppedAt && thread.stopReason !== PERSON_ASKED_REASON && (
        <section aria-labelledby="stopped" className="card border-amber-500 bg-amber-50">
          <h2 id="stopped" className="text-lg font-bold">
            You stopped writing on {formatDate(thread.stoppedAt)}
          </h2>
          <p className="mt-1">
            {thread.stopReason && <>Your reason: {labelFor(STOP_REASON_LABELS, thread.stopReason as StopReason)}. </>}
            New letters to {thread.name} cannot be sent unless you start again.
          </p>
          <StartWritingAgainForm threadId={thread.id} />
        </section>
      )}

      {waitingSince && !thread.stoppedAt && (
        <section aria-labelledby="no-reply-yet" className="card border-brand-700 bg-brand-50">
          <h2 id="no-reply-yet" className="text-lg font-bold">
            Did they get it?
          </h2>
          <p className="mt-1">
            Your last letter was posted on {formatDate(waitingSince)} and no reply has come back yet. That is common:
            mail into prisons is slow, people move, and writing back takes paper, stamps and time. If your letter comes
            back to us, you will see it here. <Link href={SLOW_MAIL_ARTICLE}>When letters slow down or stop</Link> has
            ideas for what to do meanwhile.
          </p>
        </section>
      )}

      {thread.letters.length + thread.replies.length === 0 ? (
        <p className="card">Nothing here yet.</p>
      ) : (
        <ThreadTimeline thread={thread} retentionMonths={settings.retention.letterMonths} />
      )}

      {!thread.stoppedAt && (
        <section aria-labelledby="write-next" className="space-y-3">
          <h2 id="write-next" className="text-lg font-bold">
            Write to {thread.name}
          </h2>
          <WriteLetter user={user} profile={thread.person} />
        </section>
      )}

      {!thread.stoppedAt && (
        <section aria-labelledby="stop" className="border-t border-gray-200 pt-4">
          <h2 id="stop" className="text-lg font-bold">
            Need to stop?
          </h2>
          <p className="mt-1">
            If you cannot keep writing, tell us and we will post {thread.name} a short, kind letter so they are not left
            wondering. <Link href={`/inbox/${thread.id}/stop`}>Stop writing to {thread.name}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
