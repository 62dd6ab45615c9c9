import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MarkPostedForm } from '@/components/admin/letters/MarkPostedForm';
import { ReturnLetterForm } from '@/components/admin/letters/ReturnLetterForm';
import { guardedMetadata, pageRequireMailroom } from '@/lib/auth/guard';
import { isStaff } from '@/lib/auth/roles';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { getBatch } from '@/lib/letters/desk-queries';
import { formatCents } from '@/lib/letters/postage';
import { reasonLabel } from '@/lib/letters/reasons';
import { LETTER_STATUS_LABELS } from '@/lib/letters/status';

const guard = async ({ params }: Pick<Props, 'params'>) =>
  pageRequireMailroom(`/admin/letters/batches/${(await params).id}`);
export const generateMetadata = guardedMetadata(guard, { title: 'Batch' });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function BatchPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await guard({ params });
  const [batch, { created }] = await Promise.all([getBatch(id), searchParams]);
  if (!batch) notFound();
  const staff = isStaff(user.role);

  return (
    <>
      <p className="text-sm">
        <Link href="/admin/letters/print">← Print and post</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        Batch of {batch.printedAt ? formatDateTime(batch.printedAt) : formatDateTime(batch.createdAt)}
      </h1>
      {created && !batch.postedAt && (
        <p role="status" className="mt-3 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          Batch created: its letters are marked printed. Print it, then mark it posted.
        </p>
      )}
      <dl className="mt-4 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Letters</dt>
        <dd>{batch.letters.length}</dd>
        <dt className="font-semibold">Sheets</dt>
        <dd>{batch.sheets}</dd>
        <dt className="font-semibold">Postage</dt>
        <dd>{formatCents(batch.postageCents)}</dd>
        <dt className="font-semibold">Posted</dt>
        <dd>{batch.postedAt ? formatDate(batch.postedAt) : 'Not yet'}</dd>
      </dl>
      <div className="mt-6 flex flex-wrap items-start gap-4">
        <Link href={`/admin/letters/batches/${batch.id}/print`} className="btn-primary">
          Open the print view
        </Link>
        <MarkPostedForm batchId={batch.id} posted={Boolean(batch.postedAt)} />
      </div>

      <h2 className="mt-10 text-xl font-bold">Letters in this batch</h2>
      <ol className="mt-3 space-y-3">
        {batch.letters.map((letter) => (
          <li key={letter.id} className="card space-y-2">
            <p className="flex flex-wrap justify-between gap-2">
              <span>
                {letter.kind === 'closing' ? 'Closing letter to ' : 'To '}
                <strong>
                  {staff ? (
                    <Link href={`/admin/profiles/${letter.thread.profile.id}`}>
                      {letter.thread.profile.displayName}
                    </Link>
                  ) : (
                    letter.thread.profile.displayName
                  )}
                </strong>{' '}
                <span className="font-mono text-sm text-gray-700">{letter.thread.profile.reference}</span> · reply code{' '}
                <span className="font-mono">{letter.thread.replyCode}</span>
              </span>
              <span className="text-sm">
                {letter.sheets ?? '—'} {letter.sheets === 1 ? 'sheet' : 'sheets'} ·{' '}
                <strong>{LETTER_STATUS_LABELS[letter.status]}</strong>
                {letter.status === 'returned' && <>: {reasonLabel(letter.reasonCode)}</>}
              </span>
            </p>
            {(letter.status === 'posted' || letter.status === 'returned') && (
              <ReturnLetterForm letterId={letter.id} posted={letter.status === 'posted'} />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
