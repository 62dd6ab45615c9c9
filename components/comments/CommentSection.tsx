import { formatDateTime } from '@/lib/format/date';
import { COMMENT_MAX_DEPTH } from '@/lib/comments/limits';
import { countPublicComments, type PublicComment } from '@/lib/comments/queries';
import { Avatar } from './Avatar';
import { AwaitingComments } from './AwaitingComments';
import { CommentBody } from './CommentBody';
import { CommentForm } from './CommentForm';

export function CommentSection({ articleSlug, comments }: { articleSlug: string; comments: PublicComment[] }) {
  const count = countPublicComments(comments);
  return (
    <section aria-labelledby="comments-heading" className="comments mt-12 border-t border-gray-300 pt-8">
      <h2 id="comments-heading" className="text-2xl font-bold">
        {count === 0 ? 'Comments' : `${count} ${count === 1 ? 'comment' : 'comments'}`}
      </h2>
      {/* Hidden (globals.css) once the reader's own comment shows as awaiting moderation. */}
      {count === 0 && <p className="no-comments mt-2 text-gray-700">No comments yet. Start the conversation.</p>}
      <ol className="mt-6 space-y-6">
        {comments.map((comment) => (
          <CommentItem key={comment.id} comment={comment} articleSlug={articleSlug} />
        ))}
      </ol>
      <AwaitingComments articleSlug={articleSlug} />
      <div id="respond" className="mt-10 rounded-lg bg-white p-5 shadow-sm">
        <h2 className="mb-4 text-2xl font-bold">Leave a comment</h2>
        {/* Stamps the time the form was served, for the minimum fill time (articles/[slug]/form-stamp). */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={`/articles/${articleSlug}/form-stamp`} alt="" width={1} height={1} className="absolute" />
        <CommentForm articleSlug={articleSlug} />
      </div>
    </section>
  );
}

function CommentItem({ comment, articleSlug }: { comment: PublicComment; articleSlug: string }) {
  return (
    <li id={`comment-${comment.id}`}>
      <article className="flex gap-3" aria-label={`Comment by ${comment.authorName}`}>
        <Avatar name={comment.authorName} />
        <div className="min-w-0 flex-1">
          <header className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-semibold">
              {comment.authorUrl ? (
                <a href={comment.authorUrl} rel="nofollow ugc">
                  {comment.authorName}
                </a>
              ) : (
                comment.authorName
              )}
            </span>
            {comment.isStaff && (
              <span className="rounded bg-amber px-2 text-xs font-semibold text-ink">Program staff</span>
            )}
            {/* The comment's permalink, as on WordPress: its date links to its place on the page. */}
            <a href={`#comment-${comment.id}`} className="text-sm text-gray-700">
              <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt)}</time>
            </a>
            {/* A page of its own, so no article carries the report form's script. Staff replies are the program's. */}
            {!comment.isStaff && (
              <a href={`/articles/${articleSlug}/comments/${comment.id}/report`} className="text-sm text-gray-700">
                Report<span className="sr-only"> comment by {comment.authorName}</span>
              </a>
            )}
          </header>
          <CommentBody body={comment.body} />
          {comment.depth < COMMENT_MAX_DEPTH && (
            <CommentForm articleSlug={articleSlug} parentId={comment.id} replyingTo={comment.authorName} />
          )}
          {comment.replies.length > 0 && (
            <ol className="mt-4 space-y-4 border-l-2 border-brand-100 pl-4">
              {comment.replies.map((reply) => (
                <CommentItem key={reply.id} comment={reply} articleSlug={articleSlug} />
              ))}
            </ol>
          )}
        </div>
      </article>
    </li>
  );
}
