import Link from 'next/link';
import { redirect } from 'next/navigation';
import { QueueTabs } from '@/components/admin/QueueTabs';
import { DeskNav } from '@/components/admin/letters/DeskNav';
import { FlaggedText, FlagList } from '@/components/admin/letters/FlaggedText';
import { ScreenLetterForm } from '@/components/admin/letters/ScreenLetterForm';
import { NumberedPagination } from '@/components/ui/NumberedPagination';
import { guardedMetadata, pageRequireMailroom } from '@/lib/auth/guard';
import { isStaff } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format/date';
import { listForScreening, SCREENING_TAB_LABELS, SCREENING_TABS, screeningTabCounts } from '@/lib/letters/desk-queries';
import { reasonLabel } from '@/lib/letters/reasons';
import { firstParam, pageParam, type SearchParam, tabParam } from '@/lib/pagination';
import { SCREENING_DONE, SCREENING_OPS, type ScreeningOp } from '@/lib/letters/desk-schema';
import { FocusedFormMessage } from '@/components/account/FocusedFormMessage';

const isScreeningOp = (value: string | undefined): value is ScreeningOp =>
  (SCREENING_OPS as readonly string[]).includes(value ?? '');

const guard = () => pageRequireMailroom('/admin/letters');
export const generateMetadata = guardedMetadata(guard, { title: 'Letters' });

type Props = {
  searchParams: Promise<{ tab?: SearchParam; page?: SearchParam; done?: SearchParam; to?: SearchParam }>;
};

export default async function LetterScreeningPage({ searchParams }: Props) {
  // The mailroom never sees letters in screening: the console's Letters link takes them to their own queue.
  const user = await guard();
  if (!isStaff(user.role)) redirect('/admin/letters/print');
  const params = await searchParams;
  const tab = tabParam(SCREENING_TABS, params.tab);
  const page = pageParam(params.page);
  const [counts, { letters, total, pageCount }] = await Promise.all([
    screeningTabCounts(),
    listForScreening(tab, page),
  ]);

  return (
    <>
      <h1 className="text-3xl font-bold">Letters</h1>
      <DeskNav current="/admin/letters" staff />
      {isScreeningOp(firstParam(params.done)) && (
        <FocusedFormMessage
          state={{
            ok: true,
            message: SCREENING_DONE[firstParam(params.done) as ScreeningOp](
              (firstParam(params.to) ?? 'them').slice(0, 80),
            ),
          }}
        />
      )}
      <QueueTabs
        label="Letter queues"
        current={tab}
        tabs={SCREENING_TABS.map((key) => ({
          key,
          href: `/admin/letters?tab=${key}`,
          label: SCREENING_TAB_LABELS[key],
          count: counts[key],
        }))}
      />
      {letters.length === 0 ? (
        <p className="card">Nothing {tab === 'submitted' ? 'waiting for screening' : 'here'}.</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-gray-700">
            {total.toLocaleString('en-US')} {total === 1 ? 'letter' : 'letters'}
            {tab === 'submitted' && ', oldest first'}
          </p>
          <ol className="space-y-6">
            {letters.map((letter) => (
              <li key={letter.id}>
                <article aria-labelledby={`letter-${letter.id}`} className="card space-y-3">
                  <h2 id={`letter-${letter.id}`} className="text-lg font-bold">
                    {letter.kind === 'closing' ? 'Closing letter' : 'Letter'} from {letter.thread.user.name} to{' '}
                    <Link href={`/admin/profiles/${letter.thread.profile.id}`}>
                      {letter.thread.profile.displayName}
                    </Link>{' '}
                    <span className="font-mono text-sm font-normal text-gray-700">
                      {letter.thread.profile.reference}
                    </span>
                  </h2>
                  <p className="text-sm text-gray-700">
                    {letter.submittedAt ? `Submitted ${formatDateTime(letter.submittedAt)}` : 'Not submitted'}
                    {tab !== 'submitted' && (
                      <>
                        {' '}
                        · decided {formatDateTime(letter.updatedAt)}: {reasonLabel(letter.reasonCode)}
                        {letter.note && <> · “{letter.note}”</>}
                      </>
                    )}
                  </p>
                  <FlagList letterId={letter.id} body={letter.body} flags={letter.flags} />
                  <FlaggedText letterId={letter.id} body={letter.body} flags={letter.flags} />
                  {tab === 'submitted' && <ScreenLetterForm letterId={letter.id} status={letter.status} />}
                </article>
              </li>
            ))}
          </ol>
          <NumberedPagination page={page} pageCount={pageCount} href={(p) => `/admin/letters?tab=${tab}&page=${p}`} />
        </>
      )}
    </>
  );
}
