import type { ArticleSummary } from './content';

/** Articles sharing the most tags with `article`, newest first among equals. */
export function relatedArticles<T extends Pick<ArticleSummary, 'slug' | 'tags' | 'date'>>(
  article: T,
  all: readonly T[],
  limit = 3,
): T[] {
  return all
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.tags.filter((tag) => article.tags.includes(tag)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.other.date.localeCompare(a.other.date))
    .slice(0, limit)
    .map(({ other }) => other);
}
