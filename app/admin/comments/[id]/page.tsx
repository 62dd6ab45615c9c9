import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EditCommentForm, StaffReplyForm } from '@/components/admin/CommentEditForms';
import { getArticle } from '@/lib/articles/content';
import { guardedMetadata, pageRequireStaff } from '@/lib/auth/guard';
import { COMMENT_MAX_DEPTH } from '@/lib/comments/limits';
import { DISCARDED } from '@/lib/comments/moderation-rules';
import { getCommentForModeration } from '@/lib/comments/queries';
import { formatDateTime } from '@/lib/format/date';

const guard = async ({ params }: Pick<Props, 'params'>) => pageRequireStaff(`/admin/comments/${(await params).id}`);
export const generateMetadata = guardedMetadata(guard, { title: 'Edit comment' });

type Props = { params: Promise<{ id: string }> };

export default async function AdminCommentPage({ params }: Props) {
  const { id } = await params;
  await guard({ params });
  const comment = await getCommentForModeration(id);
  if (!comment) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/comments?status=${comment.status}`}>← Back to {comment.status} comments</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Comment by {comment.authorName}</h1>
      <p className="mt-1 text-gray-700">
        {comment.authorEmail} · {comment.status} · {formatDateTime(comment.createdAt)} · on{' '}
        <Link href={`/articles/${comment.articleSlug}`}>
          {getArticle(comment.articleSlug)?.title ?? comment.articleSlug}
        </Link>
      </p>
      {comment.parent && (
        <blockquote className="mt-4 border-l-4 border-amber pl-4 text-gray-800">
          <p className="text-sm font-semibold">In reply to {comment.parent.authorName}:</p>
          <p className="whitespace-pre-line">{comment.parent.body}</p>
        </blockquote>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <EditCommentForm comment={comment} />
        {comment.depth < COMMENT_MAX_DEPTH && !DISCARDED.includes(comment.status) && (
          <StaffReplyForm parentId={comment.id} parentAuthor={comment.authorName} />
        )}
      </div>
    </>
  );
}
