import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NOT_FOUND_TITLE } from '@/components/site/NotFoundContent';
import { cache } from 'react';
import { ResendVerificationForm } from '@/components/account/ResendVerificationForm';
import { LetterComposer } from '@/components/letters/LetterComposer';
import { RulesChecked } from '@/components/letters/RulesChecked';
import { SentConfirmation } from '@/components/letters/SentConfirmation';
import { pageRequireUser } from '@/lib/auth/guard';
import { currentUser } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { getLetterForComposer, letterAllowance } from '@/lib/letters/composer-queries';
import { ruleNotes } from '@/lib/letters/facility-rules';
import { reasonLabel } from '@/lib/letters/reasons';
import { isEditable, LETTER_STATUS_LABELS, LetterStatus } from '@/lib/letters/status';
import { writingBlock } from '@/lib/letters/writable';
import { db } from '@/lib/db';
import { getSettings } from '@/lib/settings';
import { listingRules } from '@/lib/profiles/listing-rules';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> };

// The page's one read, shared with its metadata: a letter that is not this pen pal's is titled "Page not found".
const findLetter = cache(getLetterForComposer);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await currentUser();
  const letter = user ? await findLetter(user, (await params).id).catch(() => null) : null;
  return { title: letter ? 'Your letter' : NOT_FOUND_TITLE, robots: { index: false } };
}

export default async function LetterPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await pageRequireUser(`/letters/${id}`);
  // Ownership is in the query: another pen pal's letter, or staff, get the same 404 as a letter that never existed.
  const letter = await findLetter(user, id);
  if (!letter) notFound();
  const { profile } = letter.thread;
  const name = profile.displayName;

  if (!isEditable(letter.status)) {
    return (
      <div data-account-area className="mx-auto max-w-3xl space-y-6">
        <p className="text-sm">
          <Link href="/letters">← Your drafts</Link>
        </p>
        <h1 className="text-3xl font-bold">Your letter to {name}</h1>
        {(await searchParams).sent && letter.status === LetterStatus.submitted ? (
          <SentConfirmation name={name} threadId={letter.thread.id} />
        ) : (
          <div className="card space-y-3">
            <p>
              Status: <strong>{LETTER_STATUS_LABELS[letter.status]}</strong>
              {letter.submittedAt && <> · sent {formatDateTime(letter.submittedAt)}</>}
            </p>
            <p>A letter that has been sent cannot be changed.</p>
            <Link href={`/inbox/${letter.thread.id}`} prefetch={false} className="btn-secondary">
              See the conversation
            </Link>
          </div>
        )}
      </div>
    );
  }

  const settings = await getSettings();
  const limit = await letterAllowance(
    db,
    user.id,
    { threadId: letter.thread.id, status: letter.status },
    settings.letters,
  );
  const { hiddenStates } = await listingRules();
  const block = writingBlock(profile, { ...letter.thread, opened: !limit.isFirst }, undefined, hiddenStates);
  const sentBack =
    letter.status === LetterStatus.changes_requested
      ? letter.events.find((e) => e.status === LetterStatus.changes_requested)
      : undefined;

  return (
    <div data-account-area className="space-y-6">
      <p className="text-sm">
        <Link href="/letters">← Your drafts</Link> ·{' '}
        <Link href={`/profiles/${profile.slug}`}>{name}&apos;s profile</Link>
      </p>
      <h1 className="text-3xl font-bold">Your letter to {name}</h1>

      {sentBack && (
        <section aria-labelledby="sent-back-heading" className="rounded-lg border-2 border-amber bg-amber-50 p-4">
          <h2 id="sent-back-heading" className="text-xl font-bold">
            We sent this letter back for changes: {reasonLabel(sentBack.reasonCode)}
          </h2>
          {sentBack.note && <p className="mt-2 whitespace-pre-line">{sentBack.note}</p>}
          <p className="mt-2 text-sm text-gray-700">
            {formatDateTime(sentBack.createdAt)}. Change the letter below and send it again: it keeps its place and its
            history, and does not count against today&apos;s limit.
          </p>
        </section>
      )}
      {block && <p className="rounded-md border-l-4 border-amber bg-amber-50 px-4 py-3">{block.message}</p>}
      {!user.emailVerified && (
        <section
          className="space-y-3 rounded-lg border-l-4 border-amber bg-white p-4 shadow-sm"
          aria-labelledby="confirm-heading"
        >
          <h2 id="confirm-heading" className="text-lg font-bold">
            Confirm your email address to send letters
          </h2>
          <p>
            We sent a link to <strong className="break-all">{user.email}</strong>. Your drafts are kept until then.
          </p>
          <ResendVerificationForm />
        </section>
      )}

      <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
        <LetterComposer
          letterId={letter.id}
          body={letter.body}
          savedAt={letter.updatedAt.toISOString()}
          savedAtText={`Last saved ${formatDateTime(letter.updatedAt)}`}
          rules={profile.facility}
          sendBlocked={block?.message ?? null}
        />
        <aside className="space-y-6">
          <section aria-labelledby="limits-heading" className="card">
            <h2 id="limits-heading" className="font-bold">
              Today
            </h2>
            <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
              <dt>Letters you can still send in the next 24 hours</dt>
              <dd className="text-right font-semibold">{limit.left}</dd>
              <dt>Of those, to someone new</dt>
              <dd className="text-right font-semibold">{limit.firstLeft}</dd>
            </dl>
            {limit.isFirst && (
              <p className="mt-2 text-sm">Your first letter to {name} counts as writing to someone new.</p>
            )}
            {limit.refusal && <p className="mt-2 text-sm font-semibold text-red-800">{limit.refusal}</p>}
          </section>
          {sentBack && (
            <section aria-labelledby="history-heading" className="card">
              <h2 id="history-heading" className="font-bold">
                This letter so far
              </h2>
              <ol className="mt-2 space-y-1 text-sm">
                {[...letter.events].reverse().map((event) => (
                  <li key={`${event.status}-${event.createdAt.toISOString()}`}>
                    <strong>{LETTER_STATUS_LABELS[event.status]}</strong> · {formatDateTime(event.createdAt)}
                    {event.reasonCode && <> · {reasonLabel(event.reasonCode)}</>}
                  </li>
                ))}
              </ol>
            </section>
          )}
          <section aria-labelledby="rules-heading" className="card">
            <h2 id="rules-heading" className="font-bold">
              {profile.facility.name}: mail rules
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
              {ruleNotes(profile.facility).map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
            <RulesChecked facility={profile.facility} />
          </section>
          <section aria-labelledby="privacy-heading" className="card text-sm">
            <h2 id="privacy-heading" className="font-bold">
              Keep it safe
            </h2>
            <p className="mt-2">
              Leave out your address, phone number, email and social media: we post your letter with our address, and
              replies come to your inbox. Never send or ask for money.
            </p>
          </section>
        </aside>
      </div>
    </div>
  );
}
