'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { clearLettersPause } from '@/lib/letters/actions/returns';

/** Staff have checked where the person is now (and corrected the profile below): letters may go out again. */
export function ClearLettersPauseForm({ profileId }: { profileId: string }) {
  const [state, action] = useActionState(clearLettersPause, initialActionState);
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="profileId" value={profileId} />
      <FormMessage state={state} />
      <SubmitButton className="btn-secondary btn-small" pendingLabel="Saving…">
        Address checked: let letters go out again
      </SubmitButton>
    </form>
  );
}
