'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { markBatchPosted } from '@/lib/letters/actions/batch';

export function MarkPostedForm({ batchId }: { batchId: string }) {
  const [state, action] = useActionState(markBatchPosted, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="batchId" value={batchId} />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Marking posted…">Mark posted</SubmitButton>
    </form>
  );
}
