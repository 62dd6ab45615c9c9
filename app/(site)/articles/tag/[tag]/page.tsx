import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TagSidebar } from '@/components/articles/ArticleIndex';
import { ArticleList } from '@/components/articles/ArticleList';
import { listArticles, listTags } from '@/lib/articles/content';
import { approvedCommentCounts } from '@/lib/comments/queries';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listTags().map(({ tag }) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  return { title: `Articles tagged #${tag}`, alternates: { canonical: `/articles/tag/${tag}` } };
}

export default async function TagPage({ params }: Props) {
  const { tag } = await params;
  const articles = listArticles().filter((article) => article.tags.includes(tag));
  if (articles.length === 0) notFound();
  const counts = await approvedCommentCounts();
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_14rem]">
      <div>
        <p className="text-sm">
          <Link href="/articles">All articles</Link>
        </p>
        <h1 className="mt-1 mb-8 text-4xl font-bold">Articles tagged #{tag}</h1>
        <ArticleList articles={articles} commentCounts={counts} />
      </div>
      <TagSidebar current={tag} />
    </div>
  );
}
