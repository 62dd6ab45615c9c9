'use client';

import { useEffect, useId, useRef } from 'react';
import { site } from '@/lib/site';
import { useDocumentTitle } from './use-document-title';

/**
 * The success state of a form, in its own panel with its own heading, focused and scrolled to when it appears so it
 * never lands off-screen on a phone (without JavaScript by `autofocus`), and named in the page title while it shows
 * (with JavaScript: see ErrorSummary).
 */
export function ConfirmationPanel({
  title,
  children,
  className = 'card space-y-4',
  headingClassName = 'text-2xl font-bold',
}: {
  title: string;
  children: React.ReactNode;
  className?: string;
  headingClassName?: string;
}) {
  const ref = useRef<HTMLElement>(null);
  const titleId = useId();
  const pageTitle = `${title} · ${site.name}`;
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [pageTitle]);
  useDocumentTitle(true, () => pageTitle, pageTitle);
  return (
    <section ref={ref} tabIndex={-1} autoFocus aria-labelledby={titleId} className={className} data-confirmation>
      <h2 id={titleId} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
