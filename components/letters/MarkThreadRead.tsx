'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useTransition } from 'react';
import { SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { markThreadRead } from '@/lib/letters/actions/threads';

/**
 * Marks the thread's replies read once the page is on screen, then refreshes the header's badge: a POST from the
 * browser, not a write while rendering, so a prefetch of the page marks nothing. Without JavaScript the button does it.
 */
export function MarkThreadRead({ threadId, unread }: { threadId: string; unread: number }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [, action] = useActionState(markThreadRead, initialActionState);
  useEffect(() => {
    if (unread === 0) return;
    const data = new FormData();
    data.set('threadId', threadId);
    startTransition(async () => {
      await markThreadRead(initialActionState, data);
      router.refresh();
    });
  }, [threadId, unread, router]);
  if (unread === 0) return null;
  return (
    <form action={action}>
      <input type="hidden" name="threadId" value={threadId} />
      <SubmitButton className="btn-secondary btn-small" pendingLabel="Marking…">
        Mark {unread === 1 ? 'the new reply' : `the ${unread} new replies`} as read
      </SubmitButton>
    </form>
  );
}
