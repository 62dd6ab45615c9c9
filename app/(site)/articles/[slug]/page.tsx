import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleMeta, TagLinks } from '@/components/articles/ArticleList';
import { CommentSection } from '@/components/comments/CommentSection';
import { getArticle, listArticles } from '@/lib/articles/content';
import { relatedArticles } from '@/lib/articles/related';
import { countPublicComments, listApprovedComments } from '@/lib/comments/queries';
import { absoluteUrl } from '@/lib/absolute-url';
import { site } from '@/lib/site';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return listArticles().map(({ slug }) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  const url = `/articles/${article.slug}`;
  return {
    title: article.title,
    description: article.description,
    authors: [{ name: article.author }],
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description: article.description,
      publishedTime: article.date,
      authors: [article.author],
      tags: article.tags,
      images: article.cover ? [{ url: article.cover, alt: article.coverAlt, width: 1200, height: 630 }] : undefined,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const comments = await listApprovedComments(article.slug);
  const related = relatedArticles(article, listArticles());
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: article.title,
    description: article.description,
    datePublished: article.date,
    author: { '@type': 'Person', name: article.author },
    publisher: { '@type': 'Organization', name: site.name },
    mainEntityOfPage: absoluteUrl(`/articles/${article.slug}`),
    keywords: article.tags.join(', '),
    image: article.cover ? absoluteUrl(article.cover) : undefined,
  };

  return (
    <article className="mx-auto max-w-3xl">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }}
      />
      <p className="text-sm">
        <Link href="/articles">← All articles</Link>
      </p>
      <h1 className="mt-2 text-4xl font-bold leading-tight sm:text-5xl">{article.title}</h1>
      <ArticleMeta article={article} comments={countPublicComments(comments)} />
      <p className="mt-1 text-sm text-gray-700">By {article.author}</p>
      {article.cover && (
        // eslint-disable-next-line @next/next/no-img-element -- covers are small local SVGs; no optimisation needed
        <img src={article.cover} alt={article.coverAlt} width={1200} height={630} className="mt-6 w-full rounded-lg" />
      )}
      <div className="prose-site mt-8" dangerouslySetInnerHTML={{ __html: article.html }} />
      <TagLinks tags={article.tags} />

      {related.length > 0 && (
        <aside aria-labelledby="related-heading" className="mt-12 border-t border-gray-300 pt-8">
          <h2 id="related-heading" className="text-2xl font-bold">
            Related articles
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-3">
            {related.map((other) => (
              <li key={other.slug} className="card p-4">
                <Link href={`/articles/${other.slug}`} className="font-semibold">
                  {other.title}
                </Link>
                <p className="mt-1 text-sm text-gray-700">{other.readingMinutes} min read</p>
              </li>
            ))}
          </ul>
        </aside>
      )}

      <CommentSection articleSlug={article.slug} comments={comments} />
    </article>
  );
}
