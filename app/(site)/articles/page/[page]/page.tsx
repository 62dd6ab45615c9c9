import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleIndex, articlePageHref } from '@/components/articles/ArticleIndex';
import { listArticles } from '@/lib/articles/content';
import { ARTICLES_PER_PAGE } from '@/lib/articles/paginate';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  const pageCount = Math.ceil(listArticles().length / ARTICLES_PER_PAGE);
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return { title: `Articles, page ${page}`, alternates: { canonical: articlePageHref(Number(page)) } };
}

export default async function ArticlesPageN({ params }: Props) {
  const page = Number((await params).page);
  if (page === 1) permanentRedirect('/articles');
  return (await ArticleIndex({ page })) ?? notFound();
}
