'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { deleteDraft } from '@/lib/letters/actions/write';

export function DeleteDraftForm({ letterId, name }: { letterId: string; name: string }) {
  const [state, action] = useActionState(deleteDraft, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="letterId" value={letterId} />
      <SubmitButton className="btn-secondary btn-small" pendingLabel="Deleting…">
        Delete draft<span className="sr-only"> to {name}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
