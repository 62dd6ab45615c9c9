import type { Metadata } from 'next';
import { NOT_FOUND_TITLE, NotFoundContent } from '@/components/site/NotFoundContent';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';

export const metadata: Metadata = { title: NOT_FOUND_TITLE };

// A URL no route matches has no layout around it but the root's: this page brings the site's header and footer.
// Inside the site, account and console layouts their own not-found pages give the body only.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="w-full flex-1 px-4 py-8">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </>
  );
}
