import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
        <h1 className="text-4xl font-bold">Page not found</h1>
        <p className="mt-4 text-lg">We could not find that page. It may have moved, or the link may be mistyped.</p>
        <p className="mt-6 flex flex-wrap gap-3">
          <Link href="/" className="btn-primary">
            Home
          </Link>
          <Link href="/articles" className="btn-secondary">
            Articles
          </Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
