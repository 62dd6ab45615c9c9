import Link from 'next/link';
import { formatDate } from '@/lib/format/date';
import type { InboxThread } from '@/lib/letters/inbox-queries';
import { LETTER_STATUS_LABELS, LetterKind, LetterStatus } from '@/lib/letters/status';
import { ReportItemForm } from './ReportItemForm';

// A thread's letters and replies in the order they happened: each letter with its status history, each reply with
// the date it arrived, its text and its scanned pages (served by the private scan route). Text erased after the
// retention period (lib/letters/retention.ts) leaves the item, its dates and its history, with a line saying why.

type Letter = InboxThread['letters'][number];
type Reply = InboxThread['replies'][number];
type Item = { at: Date; letter: Letter; reply?: never } | { at: Date; reply: Reply; letter?: never };

/** `retentionMonths`: the retention setting, to say when erased text went. */
export function ThreadTimeline({ thread, retentionMonths }: { thread: InboxThread; retentionMonths: number }) {
  const items: Item[] = [
    ...thread.letters.map((letter) => ({ at: letter.submittedAt ?? letter.createdAt, letter })),
    ...thread.replies.map((reply) => ({ at: reply.receivedAt, reply })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <ol aria-label="Letters and replies" className="space-y-4">
      {items.map((item) =>
        item.letter ? (
          <li key={item.letter.id}>
            <LetterItem letter={item.letter} name={thread.name} retentionMonths={retentionMonths} />
          </li>
        ) : (
          <li key={item.reply.id}>
            <ReplyItem reply={item.reply} name={thread.name} retentionMonths={retentionMonths} />
          </li>
        ),
      )}
    </ol>
  );
}

type ItemProps = { name: string; retentionMonths: number };

function LetterItem({ letter, name, retentionMonths }: ItemProps & { letter: Letter }) {
  const closing = letter.kind === LetterKind.closing;
  const draft = letter.status === LetterStatus.draft;
  // Letters made before status history was kept (or by hand) still show where they are.
  const events =
    letter.events.length > 0
      ? letter.events
      : [
          {
            id: 'now',
            status: letter.status,
            reasonCode: letter.reasonCode,
            note: letter.note,
            createdAt: letter.createdAt,
          },
        ];
  return (
    <article aria-labelledby={`letter-${letter.id}`} className="card border-l-4 border-l-brand-700">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`letter-${letter.id}`} className="text-lg font-bold">
          {closing ? `Our closing letter to ${name}` : draft ? 'Your draft' : `Your letter to ${name}`}
        </h2>
        <span className="rounded-full bg-brand-50 px-3 py-0.5 text-sm font-semibold text-brand-800">
          {LETTER_STATUS_LABELS[letter.status]}
        </span>
      </header>
      {draft && (
        <p className="mt-2">
          <Link href={`/letters/${letter.id}`}>Edit and send this draft</Link>
        </p>
      )}
      <ol aria-label="Status history" className="mt-3 space-y-1 border-l-2 border-gray-200 pl-4 text-sm">
        {events.map((event) => (
          <li key={event.id}>
            <span className="font-semibold">{LETTER_STATUS_LABELS[event.status]}</span>{' '}
            <time dateTime={event.createdAt.toISOString()} className="text-gray-700">
              {formatDate(event.createdAt)}
            </time>
            {event.reasonCode && <span> · Reason: {event.reasonCode.replaceAll('-', ' ')}</span>}
            {event.note && <span className="block whitespace-pre-line text-gray-800">“{event.note}”</span>}
          </li>
        ))}
      </ol>
      {letter.erasedAt ? (
        <ErasedNote what="letter" erasedAt={letter.erasedAt} months={retentionMonths} />
      ) : (
        <details className="mt-3">
          <summary className="cursor-pointer text-brand-700 underline">Read the letter</summary>
          <p className="mt-2 font-serif whitespace-pre-line break-words">{letter.body}</p>
        </details>
      )}
      {!closing && !draft && !letter.erasedAt && <ReportItemForm item={{ letterId: letter.id }} what="letter" />}
    </article>
  );
}

function ReplyItem({ reply, name, retentionMonths }: ItemProps & { reply: Reply }) {
  const received = formatDate(reply.receivedAt);
  return (
    <article aria-labelledby={`reply-${reply.id}`} className="card border-l-4 border-l-amber-500 bg-amber-50/40">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`reply-${reply.id}`} className="text-lg font-bold">
          Reply from {name}
        </h2>
        <span className="text-sm text-gray-700">
          Received <time dateTime={reply.receivedAt.toISOString()}>{received}</time>
          {!reply.readAt && <strong className="ml-2 rounded-full bg-amber-300 px-2 text-ink">New</strong>}
        </span>
      </header>
      {reply.erasedAt ? (
        <ErasedNote what="reply" erasedAt={reply.erasedAt} months={retentionMonths} />
      ) : (
        <>
          {reply.body && <p className="mt-3 font-serif whitespace-pre-line break-words">{reply.body}</p>}
          {reply.scans.length > 0 && (
            <ul aria-label="Scanned pages" className="mt-3 space-y-3">
              {reply.scans.map((scan, index) => (
                <li key={scan.id}>
                  {scan.mimeType === 'application/pdf' ? (
                    <a href={`/inbox/scans/${scan.id}`}>
                      Scanned page {index + 1} of {reply.scans.length} (PDF)
                    </a>
                  ) : (
                    <a href={`/inbox/scans/${scan.id}`} className="block">
                      {/* eslint-disable-next-line @next/next/no-img-element -- a private file, never optimised or cached */}
                      <img
                        src={`/inbox/scans/${scan.id}`}
                        alt={`Scanned page ${index + 1} of ${reply.scans.length} of the reply received ${received}`}
                        className="h-auto max-w-full rounded border border-gray-300"
                        loading="lazy"
                      />
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {!reply.erasedAt && <ReportItemForm item={{ replyId: reply.id }} what="reply" />}
    </article>
  );
}

function ErasedNote({ what, erasedAt, months }: { what: 'letter' | 'reply'; erasedAt: Date; months: number }) {
  return (
    <p className="mt-3 text-gray-700">
      This {what}’s text was erased after {months} {months === 1 ? 'month' : 'months'}, as our{' '}
      <Link href="/privacy">privacy page</Link> explains.{' '}
      <span className="text-sm">
        (Erased <time dateTime={erasedAt.toISOString()}>{formatDate(erasedAt)}</time>.)
      </span>
    </p>
  );
}
