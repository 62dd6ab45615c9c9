import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteDraftForm } from '@/components/letters/DeleteDraftForm';
import { pageRequireUser } from '@/lib/auth/guard';
import { formatDateTime } from '@/lib/format/date';
import { listOpenLetters } from '@/lib/letters/composer-queries';
import { LETTER_STATUS_LABELS, LetterStatus } from '@/lib/letters/status';

export const metadata: Metadata = { title: 'Your drafts', robots: { index: false } };

export default async function LettersPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const user = await pageRequireUser('/letters');
  const letters = await listOpenLetters(user);
  const deleted = (await searchParams).deleted;
  return (
    <div data-account-area className="mx-auto max-w-3xl space-y-6">
      <header>
        <h1 className="text-3xl font-bold">Your drafts</h1>
        <p className="mt-2 text-gray-700">
          Letters you are writing, and letters we sent back for changes. Sent letters and replies are in your{' '}
          <Link prefetch={false} href="/inbox">
            inbox
          </Link>
          .
        </p>
      </header>
      <div role="status">
        {deleted && (
          <p className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">Draft deleted.</p>
        )}
      </div>
      {letters.length === 0 ? (
        <div className="card">
          <p className="font-semibold">You have no drafts.</p>
          <p className="mt-2">
            Find someone in the <Link href="/profiles">directory</Link> and press <strong>Write a letter</strong> on
            their profile.
          </p>
        </div>
      ) : (
        <ul aria-label="Drafts" className="space-y-3">
          {letters.map((letter) => {
            const name = letter.thread.profile.displayName;
            return (
              <li key={letter.id} className="card flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                <div className="min-w-0">
                  <h2 className="text-lg font-bold">
                    <Link href={`/letters/${letter.id}`}>To {name}</Link>
                  </h2>
                  <p className="text-sm text-gray-700">
                    {letter.status === LetterStatus.changes_requested ? (
                      <strong className="text-red-800">{LETTER_STATUS_LABELS[letter.status]}</strong>
                    ) : (
                      LETTER_STATUS_LABELS[letter.status]
                    )}{' '}
                    · last saved {formatDateTime(letter.updatedAt)}
                  </p>
                  <p className="mt-1 break-words text-gray-800">{letter.preview || <em>Nothing written yet.</em>}</p>
                </div>
                <div className="flex shrink-0 flex-wrap gap-2">
                  <Link href={`/letters/${letter.id}`} className="btn-primary btn-small">
                    {letter.status === LetterStatus.changes_requested ? 'Make changes' : 'Continue'}
                    <span className="sr-only"> your letter to {name}</span>
                  </Link>
                  {letter.status === LetterStatus.draft && <DeleteDraftForm letterId={letter.id} name={name} />}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
