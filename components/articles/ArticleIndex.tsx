import Link from 'next/link';
import { listArticles, listTags } from '@/lib/articles/content';
import { paginate } from '@/lib/articles/paginate';
import { approvedCommentCounts } from '@/lib/comments/queries';
import { ArticleList } from './ArticleList';
import { NumberedPagination } from '@/components/ui/NumberedPagination';

export const articlePageHref = (page: number) => (page === 1 ? '/articles' : `/articles/page/${page}`);

/** The article index at one page; null when the page does not exist. */
export async function ArticleIndex({ page }: { page: number }) {
  const result = paginate(listArticles(), page);
  if (!result) return null;
  const counts = await approvedCommentCounts();
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_14rem]">
      <div>
        <h1 className="text-4xl font-bold">Articles</h1>
        <p className="mt-2 mb-8 text-lg text-gray-700">
          Guides for pen pals and families: writing, mail rules and staying safe.
        </p>
        <ArticleList articles={result.items} commentCounts={counts} />
        <NumberedPagination page={result.page} pageCount={result.pageCount} href={articlePageHref} />
      </div>
      <TagSidebar />
    </div>
  );
}

export function TagSidebar({ current }: { current?: string }) {
  return (
    <aside aria-labelledby="topics-heading">
      <h2 id="topics-heading" className="text-lg font-bold">
        Topics
      </h2>
      <ul className="mt-3 space-y-1">
        {listTags().map(({ tag, count }) => (
          <li key={tag}>
            <Link
              href={`/articles/tag/${tag}`}
              aria-current={tag === current ? 'page' : undefined}
              className="aria-[current=page]:font-bold"
            >
              #{tag}
            </Link>{' '}
            <span className="text-sm text-gray-700">({count})</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
