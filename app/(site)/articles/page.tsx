import type { Metadata } from 'next';
import { ArticleIndex } from '@/components/articles/ArticleIndex';

export const metadata: Metadata = {
  title: 'Articles',
  description: 'Guides for pen pals and families: writing letters, facility mail rules and staying safe.',
  alternates: { canonical: '/articles' },
};

export default function ArticlesPage() {
  return <ArticleIndex page={1} />;
}
