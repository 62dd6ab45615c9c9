'use client';

import Form from 'next/form';

/** A GET form that, with JavaScript, re-runs on every change and navigates without a full reload. */
export function AutoSubmitForm({ children, className }: { children: React.ReactNode; className?: string }) {
  return (
    <Form
      action="/profiles"
      className={className}
      onChange={(event) => {
        if ((event.target as HTMLElement).getAttribute('type') !== 'search') event.currentTarget.requestSubmit();
      }}
    >
      {children}
    </Form>
  );
}
