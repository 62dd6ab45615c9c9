'use client';

import Link from 'next/link';
import { site } from '@/lib/site';

/** The digest Next gives a server error: the only detail shown, so a reader can quote it and we can find the log line. */
export function errorReference(error: unknown): string | undefined {
  return error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
}

/**
 * What every error page says: it was our fault, what is safe, try again. Never the message or the stack, which may
 * hold details of the database or of other people. Next renders error pages in the browser only (a page that fails on
 * the server is sent as an empty shell), so "Try again" can rely on JavaScript; for a reader without it our server puts
 * the same words in the shell (lib/request/server-error-notice.ts).
 */
export function ErrorNotice({
  error,
  retry,
  reassurance,
  home,
  staff = false,
}: {
  error: unknown;
  retry: () => void;
  reassurance: string;
  home: { href: string; label: string };
  /** Staff tell whoever runs the site, who can find the reference in the server's log. */
  staff?: boolean;
}) {
  const reference = errorReference(error);
  const quote = reference ? (
    <>
      {' '}
      and quote the reference <strong className="font-mono">{reference}</strong>.
    </>
  ) : (
    '.'
  );
  return (
    <div className="max-w-2xl space-y-4">
      <title>{`Something went wrong · ${site.name}`}</title>
      <h1 className="text-4xl font-bold">Something went wrong</h1>
      <p className="text-lg">
        This page could not be shown because of a fault on our side, not anything you did. {reassurance}
      </p>
      <p>
        Please try again in a moment. If it keeps happening,{' '}
        {staff ? (
          <>tell whoever runs the site{quote}</>
        ) : (
          <>
            write to us at <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>
            {quote}
          </>
        )}
      </p>
      <p className="flex flex-wrap gap-3 pt-2">
        <button type="button" className="btn-primary" onClick={() => retry()}>
          Try again
        </button>
        <Link href={home.href} className="btn-secondary">
          {home.label}
        </Link>
      </p>
    </div>
  );
}
