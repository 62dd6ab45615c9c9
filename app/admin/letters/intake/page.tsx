import { HeldReplyForms } from '@/components/letters/HeldReplyForms';
import { RecordReplyForm } from '@/components/letters/RecordReplyForm';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { guardedMetadata, pageRequireMailroom } from '@/lib/auth/guard';
import { isStaff } from '@/lib/auth/roles';
import { formatDate } from '@/lib/format/date';
import { findThreadForIntake, heldReplyCount, listHeldReplies } from '@/lib/letters/intake-queries';
import { replyCodeSchema, todayInputValue } from '@/lib/letters/replies-schema';
import type { SearchParam } from '@/lib/pagination';

const guard = () => pageRequireMailroom('/admin/letters/intake');
export const generateMetadata = guardedMetadata(guard, { title: 'Reply intake' });

type Props = { searchParams: Promise<{ code?: SearchParam }> };

const NO_SUCH_CODE = 'No letter of ours carries this code. Check it against the envelope.';

/**
 * Replies that came back by post are filed here by the code on their envelope. Looking a code up is a plain GET (it
 * changes nothing, and works from a barcode scanner that types and presses Enter); recording is the form below it.
 */
export default async function ReplyIntakePage({ searchParams }: Props) {
  const user = await guard();
  const typed = (await searchParams).code;
  const input = typeof typed === 'string' ? typed : '';
  const parsed = input ? replyCodeSchema.safeParse(input) : null;
  const thread = parsed?.success ? await findThreadForIntake(parsed.data) : null;
  const codeError = !parsed ? null : !parsed.success ? parsed.error.issues[0]!.message : !thread ? NO_SUCH_CODE : null;
  const staff = isStaff(user.role);
  const [heldCount, held] = await Promise.all([heldReplyCount(), staff ? listHeldReplies() : []]);

  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold">Reply intake</h1>
        <p className="mt-2 max-w-prose text-gray-700">
          Type the code written on the envelope, or scan it. We check it before anything is saved, and show whom the
          reply is from and to.
        </p>
      </header>

      <section aria-labelledby="find" className="space-y-4">
        <h2 id="find" className="sr-only">
          Find the letter
        </h2>
        {codeError && (
          <ErrorSummary
            message="That code did not match a letter"
            errors={{ code: [codeError] }}
            fields={[{ name: 'code', label: 'Reply code', target: 'reply-code' }]}
          />
        )}
        <form action="/admin/letters/intake" method="get" className="card flex flex-wrap items-end gap-3">
          <div className="min-w-[14rem] flex-1">
            <Field
              id="reply-code"
              name="code"
              label="Reply code"
              hint="8 characters, such as K7M2-Q9X4. Spaces, dashes and capitals do not matter."
              required
              autoComplete="off"
              maxLength={40}
              defaultValue={input}
              errors={codeError ? [codeError] : undefined}
            />
          </div>
          <button type="submit" className="btn-primary">
            Find the letter
          </button>
        </form>
      </section>

      {thread && (
        <section aria-labelledby="record" className="space-y-4">
          <h2 id="record" className="text-2xl font-bold">
            Reply with code <span className="font-mono">{thread.code}</span>
          </h2>
          <dl className="card grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-semibold">From</dt>
            <dd>{thread.from}</dd>
            <dt className="font-semibold">To (pen pal)</dt>
            <dd>{thread.to}</dd>
          </dl>
          {thread.stopped && (
            <p className="card border-amber-500 bg-amber-50">
              This pen pal has stopped writing to {thread.from}. Record the reply anyway: it may answer their last
              letter.
            </p>
          )}
          <RecordReplyForm code={thread.code} today={todayInputValue()} />
        </section>
      )}

      <section aria-labelledby="held" className="space-y-4">
        <h2 id="held" className="text-2xl font-bold">
          Held replies ({heldCount})
        </h2>
        {heldCount === 0 ? (
          <p className="card">No replies are waiting for a moderator.</p>
        ) : !staff ? (
          <p className="card">
            {heldCount === 1 ? 'One reply is' : `${heldCount} replies are`} held because screening flagged something in
            it. A moderator decides whether the pen pal receives it.
          </p>
        ) : (
          <ol className="space-y-4">
            {held.map((reply) => (
              <li key={reply.id} id={`held-${reply.id}`} className="card">
                <h3 className="text-lg font-bold">
                  From {reply.from} to {reply.to}
                </h3>
                <p className="text-sm text-gray-700">
                  Received {formatDate(reply.receivedAt)} · Flagged:{' '}
                  {reply.flags.map((flag) => flag.code).join(', ') || 'no flags recorded'}
                </p>
                {reply.body && <p className="mt-3 font-serif whitespace-pre-line break-words">{reply.body}</p>}
                {reply.scans.length > 0 && (
                  <ul className="mt-2 flex flex-wrap gap-3 text-sm">
                    {reply.scans.map((scan, index) => (
                      <li key={scan.id}>
                        <a href={`/inbox/scans/${scan.id}`}>Scanned page {index + 1}</a>
                      </li>
                    ))}
                  </ul>
                )}
                <HeldReplyForms replyId={reply.id} to={reply.to} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
