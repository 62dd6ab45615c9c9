'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { FormMessage } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { createBatch } from '@/lib/letters/actions/batch';

/** One form around the print queue: ticked letters, or all of them, go into a new batch. */
export function CreateBatchForm({ count, children }: { count: number; children: React.ReactNode }) {
  const [state, action, pending] = useActionState(createBatch, initialActionState);
  return (
    <form action={action} className="space-y-4" aria-busy={pending}>
      <ErrorSummary
        message="No batch was created"
        errors={state.fieldErrors ?? {}}
        fields={[{ name: 'ids', label: 'Letters', target: 'print-queue' }]}
      />
      {!state.fieldErrors && <FormMessage state={state} />}
      {children}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="scope" value="all" disabled={pending} className="btn-primary">
          Create batch of all {count}
        </button>
        <button type="submit" name="scope" value="selected" disabled={pending} className="btn-secondary">
          Create batch of the ticked letters
        </button>
      </div>
    </form>
  );
}
