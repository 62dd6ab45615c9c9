import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CommentBody } from '@/components/comments/CommentBody';
import { CommentReportForm } from '@/components/comments/CommentReportForm';
import { getArticle } from '@/lib/articles/content';
import { findReportableComment } from '@/lib/comments/queries';
import { formatDateTime } from '@/lib/format/date';

// A page of its own, linked from each comment, so the form's script loads only for the reader who reports.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; id: string }> };

export const metadata: Metadata = { title: 'Report a comment', robots: { index: false } };

export default async function ReportCommentPage({ params }: Props) {
  const { slug, id } = await params;
  const article = getArticle(slug);
  const comment = article ? await findReportableComment(slug, id) : null;
  if (!article || !comment) notFound();
  const back = `/articles/${slug}#comment-${comment.id}`;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <Link href={back}>Back to the comment</Link>
      </p>
      <h1 className="text-3xl font-bold">Report a comment</h1>
      <figure className="card">
        <figcaption className="text-sm text-gray-700">
          {comment.authorName} on <Link href={`/articles/${slug}`}>{article.title}</Link>,{' '}
          <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
        </figcaption>
        <blockquote>
          <CommentBody body={comment.body} />
        </blockquote>
      </figure>
      <CommentReportForm commentId={comment.id} back={back} />
    </div>
  );
}
