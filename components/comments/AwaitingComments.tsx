'use client';

import { useEffect, useState } from 'react';
import { formatDateTime } from '@/lib/format/date';
import type { AwaitingComment } from '@/lib/comments/queries';
import { Avatar } from './Avatar';

/** This browser's own comments awaiting moderation, shown to their writer only, after the published ones. */
export function AwaitingComments({ articleSlug }: { articleSlug: string }) {
  const [comments, setComments] = useState<AwaitingComment[]>([]);
  useEffect(() => {
    let live = true;
    fetch(`/api/comments/awaiting?article=${encodeURIComponent(articleSlug)}`)
      .then((response) => (response.ok ? response.json() : { comments: [] }))
      .then((data: { comments: AwaitingComment[] }) => live && setComments(data.comments))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [articleSlug]);
  if (comments.length === 0) return null;
  return (
    <ol className="mt-6 space-y-6" aria-label="Your comments awaiting moderation">
      {comments.map((comment) => (
        <AwaitingCommentItem key={comment.id} comment={comment} />
      ))}
    </ol>
  );
}

/** `withNote`: say it awaits moderation (not needed inside the panel that has just said so). */
export function AwaitingCommentItem({
  comment,
  withNote = true,
}: {
  comment: Pick<AwaitingComment, 'id' | 'authorName' | 'body' | 'replyingTo'> & { createdAt?: string };
  withNote?: boolean;
}) {
  return (
    <li id={`comment-${comment.id}`} data-awaiting>
      <article className="flex gap-3" aria-label={`Your comment, awaiting moderation`}>
        <Avatar name={comment.authorName} />
        <div className="min-w-0 flex-1 rounded-md border border-dashed border-gray-400 bg-white p-3">
          <header className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-semibold">{comment.authorName}</span>
            {comment.createdAt && (
              <time dateTime={comment.createdAt} className="text-sm text-gray-700">
                {formatDateTime(new Date(comment.createdAt))}
              </time>
            )}
          </header>
          {withNote && (
            <p className="text-sm font-semibold text-amber-dark">
              Your comment is awaiting moderation. Only you can see it until it is approved.
              {comment.replyingTo && ` It replies to ${comment.replyingTo}.`}
            </p>
          )}
          <p className="mt-2 whitespace-pre-line">{comment.body}</p>
        </div>
      </article>
    </li>
  );
}
