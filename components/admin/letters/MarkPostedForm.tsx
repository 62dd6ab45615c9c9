'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { markBatchPosted } from '@/lib/letters/actions/batch';

/** Stays mounted once the batch is posted, so the answer is still on the page after it refreshes. */
export function MarkPostedForm({ batchId, posted }: { batchId: string; posted: boolean }) {
  const [state, action] = useActionState(markBatchPosted, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="batchId" value={batchId} />
      {!posted && (
        <SubmitButton className="btn-secondary" pendingLabel="Marking posted…">
          Mark posted
        </SubmitButton>
      )}
      <FormMessage state={state} />
    </form>
  );
}
