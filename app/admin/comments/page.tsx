import Link from 'next/link';
import { ModerationForm } from '@/components/admin/ModerationForm';
import { QueueTabs } from '@/components/admin/QueueTabs';
import { NumberedPagination } from '@/components/ui/NumberedPagination';
import { CommentBody } from '@/components/comments/CommentBody';
import { getArticle } from '@/lib/articles/content';
import { guardedMetadata, pageRequireStaff } from '@/lib/auth/guard';
import { commentStatusCounts, listCommentsForModeration } from '@/lib/comments/queries';
import { COMMENT_STATUSES, type CommentStatus, type ModerationOp } from '@/lib/comments/schema';
import { formatDateTime } from '@/lib/format/date';
import { pageParam, type SearchParam, tabParam } from '@/lib/pagination';

const guard = () => pageRequireStaff('/admin/comments');
export const generateMetadata = guardedMetadata(guard, { title: 'Comments' });

type Props = { searchParams: Promise<{ status?: SearchParam; page?: SearchParam }> };

const TAB_LABELS: Record<CommentStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  spam: 'Spam',
  trash: 'Trash',
};

const ROW_OPS: Record<CommentStatus, { op: ModerationOp; label: string }[]> = {
  pending: [
    { op: 'approve', label: 'Approve' },
    { op: 'spam', label: 'Spam' },
    { op: 'trash', label: 'Trash' },
  ],
  approved: [
    { op: 'unapprove', label: 'Unapprove' },
    { op: 'spam', label: 'Spam' },
    { op: 'trash', label: 'Trash' },
  ],
  spam: [
    { op: 'restore', label: 'Not spam' },
    { op: 'delete', label: 'Delete for ever' },
  ],
  trash: [
    { op: 'restore', label: 'Restore' },
    { op: 'delete', label: 'Delete for ever' },
  ],
};

export default async function AdminCommentsPage({ searchParams }: Props) {
  await guard();
  const params = await searchParams;
  const status = tabParam(COMMENT_STATUSES, params.status);
  const page = pageParam(params.page);
  const [counts, { comments, pageCount }] = await Promise.all([
    commentStatusCounts(),
    listCommentsForModeration(status, page),
  ]);

  return (
    <>
      <h1 className="text-3xl font-bold">Comments</h1>
      <QueueTabs
        label="Comment queues"
        current={status}
        tabs={COMMENT_STATUSES.map((tab) => ({
          key: tab,
          href: `/admin/comments?status=${tab}`,
          label: TAB_LABELS[tab],
          count: counts[tab],
        }))}
      />

      {/* The form stays when its queue empties, so the answer to the last row's step (and its Undo) stays too. Keyed by
          the queue shown, so rows kept in place after a step do not follow the moderator to another tab. */}
      <ModerationForm
        key={`${status}-${page}`}
        bulkOps={ROW_OPS[status].map(({ op, label }) => ({ value: op, label }))}
        emptyText={`No comments in ${TAB_LABELS[status].toLowerCase()}.`}
        rows={comments.map((comment) => ({
          id: comment.id,
          authorName: comment.authorName,
          node: (
            <div className="flex gap-3">
              <input
                type="checkbox"
                name="ids"
                value={comment.id}
                id={`select-${comment.id}`}
                aria-label={`Select comment by ${comment.authorName}`}
                className="mt-1 size-5 shrink-0 accent-brand-700"
              />
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap gap-x-3 text-sm">
                  <strong className="text-base">{comment.authorName}</strong>
                  <span>{comment.authorEmail}</span>
                  {comment.authorUrl && <span>{comment.authorUrl}</span>}
                </p>
                <p className="text-sm text-gray-700">
                  On{' '}
                  <Link href={`/articles/${comment.articleSlug}`}>
                    {getArticle(comment.articleSlug)?.title ?? comment.articleSlug}
                  </Link>
                  {comment.parent && <> · in reply to {comment.parent.authorName}</>} ·{' '}
                  {formatDateTime(comment.createdAt)}
                </p>
                {comment.spamReasons && (
                  <p className="mt-1 text-sm font-semibold text-red-800">
                    Caught by: {comment.spamReasons.split(',').join(', ')}
                  </p>
                )}
                <CommentBody body={comment.body} />
                <div className="mt-3 flex flex-wrap gap-2">
                  {ROW_OPS[status].map(({ op, label }) => (
                    <button
                      key={op}
                      type="submit"
                      name="op"
                      value={`${op}:${comment.id}`}
                      className={
                        op === 'delete'
                          ? 'btn btn-small bg-red-800 text-white hover:bg-red-900'
                          : 'btn-secondary btn-small'
                      }
                    >
                      {label}
                      <span className="sr-only"> comment by {comment.authorName}</span>
                    </button>
                  ))}
                  <Link href={`/admin/comments/${comment.id}`} className="btn-secondary btn-small">
                    Edit or reply<span className="sr-only"> to {comment.authorName}</span>
                  </Link>
                </div>
              </div>
            </div>
          ),
        }))}
      />
      <NumberedPagination
        page={page}
        pageCount={pageCount}
        href={(n) => `/admin/comments?status=${status}&page=${n}`}
      />
    </>
  );
}
