import type { MetadataRoute } from 'next';
import { listArticles, listTags } from '@/lib/articles/content';
import { absoluteUrl } from '@/lib/absolute-url';

export default function sitemap(): MetadataRoute.Sitemap {
  const articles = listArticles();
  return [
    { url: absoluteUrl('/'), changeFrequency: 'weekly', priority: 1 },
    { url: absoluteUrl('/articles'), lastModified: articles[0]?.date, changeFrequency: 'weekly' },
    { url: absoluteUrl('/profiles'), changeFrequency: 'daily' },
    { url: absoluteUrl('/profiles/submit'), changeFrequency: 'monthly' },
    ...['/about', '/safety', '/privacy'].map((path) => ({
      url: absoluteUrl(path),
      changeFrequency: 'monthly' as const,
    })),
    ...articles.map((article) => ({ url: absoluteUrl(`/articles/${article.slug}`), lastModified: article.date })),
    ...listTags().map(({ tag }) => ({ url: absoluteUrl(`/articles/tag/${tag}`) })),
  ];
}
