'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/ui/FormStatus';
import { confirmEmailChange } from '@/lib/accounts/actions/settings';
import { initialActionState } from '@/lib/forms/action-state';
import { FocusedFormMessage } from './FocusedFormMessage';

/** A button, not the link itself: mail scanners that open every link must not change anyone's address. */
export function ConfirmEmailChangeForm({ token }: { token: string }) {
  const [state, action] = useActionState(confirmEmailChange, initialActionState, `/account/email/confirm/${token}`);
  return (
    <form action={action} className="space-y-4">
      <FocusedFormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Confirming…">Use this address</SubmitButton>
    </form>
  );
}
