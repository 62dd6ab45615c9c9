'use client';

import { ErrorNotice } from '@/components/site/ErrorNotice';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';

// Replaces the layouts below the root, so it brings the site's header and footer itself. The error was logged on the
// server (instrumentation.ts) under the digest shown here.
export default function SiteError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
        <ErrorNotice
          error={error}
          retry={retry}
          reassurance="Anything you had already sent us is safe."
          home={{ href: '/', label: 'Home' }}
        />
      </main>
      <SiteFooter />
    </>
  );
}
