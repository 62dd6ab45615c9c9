'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { startLetter } from '@/lib/letters/actions/write';

/** "Write a letter": opens the pen pal's draft to this person, or starts one. */
export function StartLetterForm({ profileId, name, hasDraft }: { profileId: string; name: string; hasDraft: boolean }) {
  const [state, action] = useActionState(startLetter, initialActionState);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="profileId" value={profileId} />
      <SubmitButton pendingLabel="Opening…">
        {hasDraft ? 'Continue your letter' : 'Write a letter'}
        <span className="sr-only"> to {name}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
