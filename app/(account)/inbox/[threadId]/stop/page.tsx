import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NOT_FOUND_TITLE } from '@/components/site/NotFoundContent';
import { cache } from 'react';
import { StopWritingForm } from '@/components/letters/StopWritingForms';
import { pageRequireUser } from '@/lib/auth/guard';
import { getInboxThread } from '@/lib/letters/inbox-queries';

type Props = { params: Promise<{ threadId: string }> };

// The page's one read, shared with its metadata: a thread that is not this pen pal's is titled "Page not found".
const findThread = cache(getInboxThread);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const thread = await findThread((await params).threadId).catch(() => null);
  return { title: thread ? 'Stop writing' : NOT_FOUND_TITLE, robots: { index: false } };
}

export default async function StopWritingPage({ params }: Props) {
  const { threadId } = await params;
  await pageRequireUser(`/inbox/${threadId}/stop`);
  const thread = await findThread(threadId);
  if (!thread) notFound();
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/inbox/${thread.id}`}>← Letters with {thread.name}</Link>
      </p>
      <header>
        <h1 className="text-3xl font-bold">Stop writing to {thread.name}</h1>
        <p className="mt-2 text-gray-700">
          It is all right to stop. So that {thread.name} is not left wondering, we will post them a short, kind letter
          saying that you cannot keep writing, that it is not about them, and that their profile stays listed. New
          letters to them cannot be sent unless you start writing again.
        </p>
      </header>
      <StopWritingForm threadId={thread.id} name={thread.name} stopped={thread.stoppedAt !== null} />
    </div>
  );
}
