'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';

/** After sending: what happens next, with its own heading, which takes the focus so no one is left on a stale form. */
export function SentConfirmation({ name, threadId }: { name: string; threadId: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="sent-heading" className="card space-y-4 border-l-4 border-green-700">
      <h2 id="sent-heading" ref={heading} tabIndex={-1} className="text-2xl font-bold outline-offset-4">
        Your letter to {name} is on its way to us
      </h2>
      <p>Here is what happens next:</p>
      <ol className="list-decimal space-y-2 pl-6">
        <li>
          <strong>Screening, within 2 working days.</strong> A volunteer reads it for safety. If something needs
          changing we tell you why, and you fix and resend the same letter.
        </li>
        <li>
          <strong>Printed and posted in our next batch,</strong> with our return address and a reply code. Your own
          address never goes on it.
        </li>
        <li>
          <strong>By post, usually 4 to 7 business days.</strong> Facilities then take their own time to hand out mail.
        </li>
        <li>
          <strong>Replies take weeks.</strong> {name} writes back to our PO box; we type the reply into your inbox and
          email you.
        </li>
      </ol>
      <p className="flex flex-wrap gap-3">
        {/* Not prefetched: the inbox is per pen pal and changes with every reply. */}
        <Link prefetch={false} href={`/inbox/${threadId}`} className="btn-primary">
          Follow this letter
        </Link>
        <Link href="/letters" className="btn-secondary">
          Your drafts
        </Link>
      </p>
    </section>
  );
}
