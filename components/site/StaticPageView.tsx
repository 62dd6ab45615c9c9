import type { Metadata } from 'next';
import { getStaticPage } from '@/lib/articles/content';

type Name = Parameters<typeof getStaticPage>[0];

export function staticPageMetadata(name: Name): Metadata {
  const page = getStaticPage(name);
  return { title: page.title, description: page.description, alternates: { canonical: `/${name}` } };
}

export function StaticPageView({ name }: { name: Name }) {
  const page = getStaticPage(name);
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-4xl font-bold">{page.title}</h1>
      <p className="mt-3 text-lg text-gray-700">{page.description}</p>
      <div className="prose-site mt-8" dangerouslySetInnerHTML={{ __html: page.html }} />
    </div>
  );
}
