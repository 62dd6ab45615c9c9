import type { MetadataRoute } from 'next';
import { listArticles, listTags } from '@/lib/articles/content';
import { env } from '@/lib/env';

export default function sitemap(): MetadataRoute.Sitemap {
  const url = (path: string) => `${env.siteUrl}${path}`;
  const articles = listArticles();
  return [
    { url: url('/'), changeFrequency: 'weekly', priority: 1 },
    { url: url('/articles'), lastModified: articles[0]?.date, changeFrequency: 'weekly' },
    { url: url('/profiles'), changeFrequency: 'daily' },
    { url: url('/profiles/submit'), changeFrequency: 'monthly' },
    ...['/about', '/safety', '/privacy'].map((path) => ({ url: url(path), changeFrequency: 'monthly' as const })),
    ...articles.map((article) => ({ url: url(`/articles/${article.slug}`), lastModified: article.date })),
    ...listTags().map(({ tag }) => ({ url: url(`/articles/tag/${tag}`) })),
  ];
}
