'use client';

import { ErrorNotice } from '@/components/site/ErrorNotice';

// Inside the console's layout, so its navigation stays. Saved decisions are committed with their audit rows in one
// transaction, so a failure leaves a change either done or not done, never half done.
export default function ConsoleError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice
      error={error}
      retry={retry}
      reassurance="Anything already saved is still saved. If you were making a change, look at this page again before you repeat it."
      home={{ href: '/admin', label: 'Dashboard' }}
      staff
    />
  );
}
