import Link from 'next/link';
import { CreateBatchForm } from '@/components/admin/letters/CreateBatchForm';
import { DeskNav } from '@/components/admin/letters/DeskNav';
import { guardedMetadata, pageRequireMailroom } from '@/lib/auth/guard';
import { isStaff } from '@/lib/auth/roles';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { findPostedByReplyCode, listBatches, listPrintQueue } from '@/lib/letters/desk-queries';
import { firstParam, type SearchParam } from '@/lib/pagination';
import { formatCents } from '@/lib/letters/postage';

const guard = () => pageRequireMailroom('/admin/letters/print');
export const generateMetadata = guardedMetadata(guard, { title: 'Print and post letters' });

type Props = { searchParams: Promise<{ code?: SearchParam }> };

export default async function PrintQueuePage({ searchParams }: Props) {
  const user = await guard();
  const code = (firstParam((await searchParams).code) ?? '').trim().slice(0, 20);
  const [letters, batches, found] = await Promise.all([
    listPrintQueue(),
    listBatches(),
    code ? findPostedByReplyCode(code) : Promise.resolve(undefined),
  ]);
  const sheets = letters.reduce((sum, letter) => sum + letter.sheets, 0);

  return (
    <>
      <h1 className="text-3xl font-bold">Print and post</h1>
      <DeskNav current="/admin/letters/print" staff={isStaff(user.role)} />
      <section aria-labelledby="queue-heading" className="mt-6">
        <h2 id="queue-heading" className="text-xl font-bold">
          Approved, waiting to print
        </h2>
        {letters.length === 0 ? (
          <p className="card mt-3">No approved letters are waiting.</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-gray-700">
              {letters.length} {letters.length === 1 ? 'letter' : 'letters'}, {sheets}{' '}
              {sheets === 1 ? 'sheet' : 'sheets'}, oldest first. Creating a batch marks its letters printed; print it
              from the batch page.
            </p>
            <CreateBatchForm count={letters.length}>
              <fieldset id="print-queue" tabIndex={-1}>
                <legend className="sr-only">Letters to put in the batch</legend>
                <ul className="divide-y divide-gray-200 rounded-md border border-gray-300 bg-white">
                  {letters.map((letter) => (
                    <li key={letter.id} className="flex items-center gap-3 px-4 py-2">
                      <input
                        type="checkbox"
                        id={`pick-${letter.id}`}
                        name="ids"
                        value={letter.id}
                        className="h-5 w-5"
                      />
                      <label htmlFor={`pick-${letter.id}`} className="flex flex-1 flex-wrap justify-between gap-2">
                        <span>
                          {letter.kind === 'closing' ? 'Closing letter to ' : 'To '}
                          <strong>{letter.thread.profile.displayName}</strong>, {letter.thread.profile.facility.name}
                        </span>
                        <span className="text-sm text-gray-700">
                          {letter.sheets} {letter.sheets === 1 ? 'sheet' : 'sheets'}
                          {letter.submittedAt && <> · submitted {formatDate(letter.submittedAt)}</>}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            </CreateBatchForm>
          </>
        )}
      </section>

      <section aria-labelledby="returns-heading" className="mt-10">
        <h2 id="returns-heading" className="text-xl font-bold">
          A letter came back
        </h2>
        <form action="/admin/letters/print" className="mt-3 flex max-w-xl items-end gap-2" role="search">
          <div className="flex-1">
            <label htmlFor="code" className="label">
              Reply code from the letter’s footer
            </label>
            <input id="code" name="code" defaultValue={code} className="input font-mono" autoComplete="off" />
          </div>
          <button type="submit" className="btn-secondary">
            Find
          </button>
        </form>
        {found === null && (
          <p className="mt-3 text-red-900" role="status">
            “{code}” is not a reply code: check the characters and try again.
          </p>
        )}
        {found && (
          <div role="status" className="mt-3">
            {found.length === 0 ? (
              <p>No posted letter carries that code.</p>
            ) : (
              <ul className="space-y-1">
                {found.map((letter) => (
                  <li key={letter.id}>
                    To {letter.thread.profile.displayName}, posted {letter.postedAt ? formatDate(letter.postedAt) : '—'}
                    :{' '}
                    {letter.batchId ? (
                      <Link href={`/admin/letters/batches/${letter.batchId}`}>record the return on its batch page</Link>
                    ) : (
                      'not in a batch'
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>

      <section aria-labelledby="batches-heading" className="mt-10">
        <h2 id="batches-heading" className="text-xl font-bold">
          Recent batches
        </h2>
        {batches.length === 0 ? (
          <p className="card mt-3">No batches yet.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {batches.map((batch) => (
              <li key={batch.id} className="card flex flex-wrap items-center justify-between gap-2">
                <span>
                  <Link href={`/admin/letters/batches/${batch.id}`}>
                    Batch of {batch.printedAt ? formatDateTime(batch.printedAt) : '—'}
                  </Link>{' '}
                  · {batch._count.letters} {batch._count.letters === 1 ? 'letter' : 'letters'} · {batch.sheets}{' '}
                  {batch.sheets === 1 ? 'sheet' : 'sheets'} · {formatCents(batch.postageCents)}
                </span>
                <span className={batch.postedAt ? 'text-green-900' : 'font-semibold text-amber-900'}>
                  {batch.postedAt ? `Posted ${formatDate(batch.postedAt)}` : 'Not posted yet'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
