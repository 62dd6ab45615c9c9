'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/FormStatus';
import { deleteAccount } from '@/lib/accounts/actions/data';
import { initialActionState } from '@/lib/forms/action-state';
import { FocusedFormMessage } from './FocusedFormMessage';

export function DeleteAccountForm() {
  const [state, action] = useActionState(deleteAccount, initialActionState, '/account/data');
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="space-y-4 rounded-lg border border-red-800 bg-white p-5">
      <FocusedFormMessage
        state={state}
        summary={[{ name: 'currentPassword', label: 'Current password', target: 'delete-current-password' }]}
      />
      <Field
        id="delete-current-password"
        name="currentPassword"
        type="password"
        label="Your password, to confirm"
        required
        autoComplete="current-password"
        errors={errors.currentPassword}
      />
      <SubmitButton className="btn bg-red-800 text-white hover:bg-red-900" pendingLabel="Deleting…">
        Delete my account
      </SubmitButton>
    </form>
  );
}
