'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { resendVerificationEmail } from '@/lib/accounts/actions/verify-email';
import { initialActionState } from '@/lib/forms/action-state';

/** "Send it again": a new confirmation link for the signed-in pen pal. */
export function ResendVerificationForm() {
  const [state, action] = useActionState(resendVerificationEmail, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton className="btn-secondary" pendingLabel="Sending…">
        Send it again
      </SubmitButton>
    </form>
  );
}
