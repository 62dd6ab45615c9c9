'use client';

import { ErrorNotice } from '@/components/site/ErrorNotice';
import './globals.css';

// Only when the root layout itself fails: it replaces that layout, so it has its own document and styles.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
          <ErrorNotice
            error={error}
            retry={retry}
            reassurance="Anything you had already sent us is safe."
            home={{ href: '/', label: 'Home' }}
          />
        </main>
      </body>
    </html>
  );
}
