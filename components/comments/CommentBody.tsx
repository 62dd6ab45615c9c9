import { linkify } from '@/lib/comments/autolink';

/** Plain text only: React escapes every character, and links get rel="nofollow ugc". */
export function CommentBody({ body }: { body: string }) {
  return (
    <div className="mt-2 space-y-3 break-words">
      {body.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i} className="whitespace-pre-line">
          {linkify(paragraph).map((segment, j) =>
            segment.kind === 'link' ? (
              <a key={j} href={segment.href} rel="nofollow ugc">
                {segment.text}
              </a>
            ) : (
              segment.text
            ),
          )}
        </p>
      ))}
    </div>
  );
}
