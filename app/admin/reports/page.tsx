import Link from 'next/link';
import { QueueTabs } from '@/components/admin/QueueTabs';
import { ReopenReportForm, ResolveReportForm } from '@/components/admin/ReportOutcomeForms';
import { NumberedPagination } from '@/components/ui/NumberedPagination';
import { CommentBody } from '@/components/comments/CommentBody';
import { getArticle } from '@/lib/articles/content';
import { guardedMetadata, pageRequireStaff } from '@/lib/auth/guard';
import type { CommentStatus } from '@/lib/comments/schema';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { statusLabel } from '@/lib/profiles/listing';
import { labelFor } from '@/lib/profiles/vocabulary';
import { listReports, REPORT_TABS, reportTabCounts, type ReportTab } from '@/lib/reports/queries';
import { COMMENT_REPORT_REASON_LABELS, REPORT_REASON_LABELS } from '@/lib/reports/reasons';
import { COMMENT_REPORT_OUTCOMES, PROFILE_REPORT_OUTCOMES, REPORT_OUTCOME_LABELS } from '@/lib/reports/outcomes';
import { ReportStatus } from '@/lib/reports/schema';
import { pageParam, type SearchParam, tabParam } from '@/lib/pagination';

const guard = () => pageRequireStaff('/admin/reports');
export const generateMetadata = guardedMetadata(guard, { title: 'Reports' });

type Props = { searchParams: Promise<{ tab?: SearchParam; page?: SearchParam }> };

const TAB_LABELS: Record<ReportTab, string> = { open: 'Open', resolved: 'Resolved' };

export default async function AdminReportsPage({ searchParams }: Props) {
  await guard();
  const params = await searchParams;
  const tab = tabParam(REPORT_TABS, params.tab);
  const page = pageParam(params.page);
  const [counts, { reports, pageCount }] = await Promise.all([reportTabCounts(), listReports(tab, page)]);

  return (
    <>
      <h1 className="text-3xl font-bold">Reports</h1>
      <QueueTabs
        label="Report queues"
        current={tab}
        tabs={REPORT_TABS.map((key) => ({
          key,
          href: `/admin/reports?tab=${key}`,
          label: TAB_LABELS[key],
          count: counts[key],
        }))}
      />

      {reports.length === 0 ? (
        <p className="card">No {TAB_LABELS[tab].toLowerCase()} reports.</p>
      ) : (
        <ol className="space-y-4">
          {reports.map((report) => {
            const about = report.profile?.displayName ?? `comment by ${report.comment?.authorName ?? 'a reader'}`;
            return (
              <li key={report.id} className="card">
                <h2 className="text-lg font-bold">
                  {report.reason === 'victim-request' && report.status === ReportStatus.open && (
                    <span className="mr-2 rounded-full bg-red-50 px-3 py-1 text-sm text-red-900">
                      Takedown request: read first
                    </span>
                  )}
                  {report.comment ? 'Comment: ' : ''}
                  {labelFor(report.comment ? COMMENT_REPORT_REASON_LABELS : REPORT_REASON_LABELS, report.reason)}
                </h2>
                {report.profile && (
                  <p className="mt-1 text-sm text-gray-700">
                    About <Link href={`/profiles/${report.profile.slug}`}>{report.profile.displayName}</Link>{' '}
                    <span className="font-mono">{report.profile.reference}</span> · {statusLabel(report.profile)} ·{' '}
                    <Link href={`/admin/profiles/${report.profile.id}`}>
                      Edit or unlist<span className="sr-only"> {report.profile.displayName}</span>
                    </Link>
                  </p>
                )}
                <p className="text-sm text-gray-700">Received {formatDateTime(report.createdAt)}</p>
                {report.details && <p className="mt-3 whitespace-pre-line break-words">{report.details}</p>}
                {report.comment && <ReportedComment comment={report.comment} />}
                <AttachedItem report={report} />
                {report.profile && (
                  <p className="mt-3 flex flex-wrap gap-x-3 text-sm">
                    <span>From: {report.reporterName || 'no name given'}</span>
                    {report.reporterEmail ? (
                      <a href={`mailto:${report.reporterEmail}`}>{report.reporterEmail}</a>
                    ) : (
                      <span>no email given</span>
                    )}
                  </p>
                )}

                {report.status === ReportStatus.open ? (
                  <ResolveReportForm
                    reportId={report.id}
                    about={about}
                    outcomes={report.comment ? COMMENT_REPORT_OUTCOMES : PROFILE_REPORT_OUTCOMES}
                  />
                ) : (
                  <div className="mt-4 border-t border-gray-200 pt-4">
                    <p>
                      <strong>Outcome:</strong>{' '}
                      {report.outcome ? labelFor(REPORT_OUTCOME_LABELS, report.outcome) : 'none recorded'}
                    </p>
                    {report.outcomeNote && <p className="mt-1 whitespace-pre-line break-words">{report.outcomeNote}</p>}
                    <p className="mt-1 text-sm text-gray-700">
                      Resolved by {report.resolvedByName ?? 'a former staff member'}
                      {report.resolvedAt && <> on {formatDateTime(report.resolvedAt)}</>}
                    </p>
                    <ReopenReportForm reportId={report.id} about={about} />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <NumberedPagination page={page} pageCount={pageCount} href={(n) => `/admin/reports?tab=${tab}&page=${n}`} />
    </>
  );
}

const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'pending, not on the site',
  approved: 'published',
  spam: 'in spam',
  trash: 'in the trash',
};

type ReportedCommentProps = {
  comment: { id: string; articleSlug: string; authorName: string; body: string; status: CommentStatus };
};

/** The comment a reader reported, quoted with where it is and a way to moderate it in the comments queue. */
function ReportedComment({ comment }: ReportedCommentProps) {
  return (
    <figure className="mt-3 rounded-md border border-gray-300 bg-gray-50 p-3">
      <figcaption className="text-sm">
        <span className="font-semibold">{comment.authorName}</span> on{' '}
        <Link href={`/articles/${comment.articleSlug}#comment-${comment.id}`}>
          {getArticle(comment.articleSlug)?.title ?? comment.articleSlug}
        </Link>{' '}
        · {COMMENT_STATUS_LABELS[comment.status]} ·{' '}
        <Link href={`/admin/comments/${comment.id}`}>
          Edit or reply<span className="sr-only"> to {comment.authorName}</span>
        </Link>
      </figcaption>
      <blockquote>
        <CommentBody body={comment.body} />
      </blockquote>
    </figure>
  );
}

type Attached = {
  letter: { kind: string; body: string; erasedAt: Date | null } | null;
  reply: { body: string; receivedAt: Date; erasedAt: Date | null; scans: { id: string }[] } | null;
};

/** The letter or reply a pen pal reported from their inbox, quoted for staff. */
function AttachedItem({ report }: { report: Attached }) {
  const item = report.letter ?? report.reply;
  if (!item) return null;
  const title = report.letter ? 'The pen pal’s letter' : `The reply received ${formatDate(report.reply!.receivedAt)}`;
  return (
    <figure className="mt-3 rounded-md border border-gray-300 bg-gray-50 p-3">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      {item.erasedAt ? (
        <p className="mt-2 text-gray-700">Erased under the retention policy.</p>
      ) : (
        <blockquote className="mt-2 font-serif whitespace-pre-line break-words">
          {item.body || '(no typed text)'}
        </blockquote>
      )}
      {report.reply && report.reply.scans.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-3 text-sm">
          {report.reply.scans.map((scan, index) => (
            <li key={scan.id}>
              <a href={`/inbox/scans/${scan.id}`}>Scanned page {index + 1}</a>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}
