'use client';

import { ErrorNotice } from '@/components/site/ErrorNotice';

// Inside the site's layout, whose header and footer stay (they are rendered on the server, so they never ship as
// browser code for this page). A failure above this layout is global-error.tsx's. The error was logged on the server
// (instrumentation.ts) under the digest shown here.
export default function SiteError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="mx-auto max-w-3xl py-8">
      <ErrorNotice
        error={error}
        retry={retry}
        reassurance="Anything you had already sent us is safe."
        home={{ href: '/', label: 'Home' }}
      />
    </div>
  );
}
