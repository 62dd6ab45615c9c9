import Link from 'next/link';
import type { ArticleSummary } from '@/lib/articles/content';
import { formatDate } from '@/lib/format/date';

export function ArticleList({
  articles,
  commentCounts,
}: {
  articles: ArticleSummary[];
  commentCounts: Map<string, number>;
}) {
  return (
    <ol className="space-y-6">
      {articles.map((article) => {
        const comments = commentCounts.get(article.slug) ?? 0;
        return (
          <li key={article.slug} className="card">
            <article>
              <h2 className="text-2xl font-bold">
                <Link href={`/articles/${article.slug}`} className="text-ink no-underline hover:underline">
                  {article.title}
                </Link>
              </h2>
              <ArticleMeta article={article} comments={comments} />
              <p className="mt-3 text-gray-800">{article.description}</p>
              <TagLinks tags={article.tags} />
            </article>
          </li>
        );
      })}
    </ol>
  );
}

export function ArticleMeta({ article, comments }: { article: ArticleSummary; comments: number }) {
  return (
    <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-gray-700">
      <time dateTime={article.date}>{formatDate(article.date)}</time>
      <span aria-hidden="true">·</span>
      <span>{article.readingMinutes} min read</span>
      <span aria-hidden="true">·</span>
      <span>
        {comments} {comments === 1 ? 'comment' : 'comments'}
      </span>
    </p>
  );
}

export function TagLinks({ tags }: { tags: string[] }) {
  return (
    <ul className="mt-3 flex flex-wrap gap-2" aria-label="Tags">
      {tags.map((tag) => (
        <li key={tag}>
          <Link
            href={`/articles/tag/${tag}`}
            className="inline-block rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800 no-underline hover:bg-brand-100"
          >
            #{tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
