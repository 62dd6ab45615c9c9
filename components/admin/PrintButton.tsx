'use client';

import Link from 'next/link';

/** Above a printable page, hidden on paper: print it (the browser's own print works too), or go back. */
export function PrintButton({ back }: { back: string }) {
  return (
    <p className="mb-4 flex gap-4 print:hidden">
      <button type="button" className="btn-primary" onClick={() => window.print()}>
        Print
      </button>
      <Link href={back}>Back</Link>
    </p>
  );
}
