'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/FormStatus';
import { requestEmailChange } from '@/lib/accounts/actions/settings';
import { initialActionState } from '@/lib/forms/action-state';
import { FocusedFormMessage } from './FocusedFormMessage';

export function ChangeEmailForm() {
  const [state, action] = useActionState(requestEmailChange, initialActionState, '/account/email');
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="card space-y-4">
      <FocusedFormMessage
        state={state}
        summary={[
          { name: 'email', label: 'New email', target: 'new-email' },
          { name: 'currentPassword', label: 'Current password', target: 'email-current-password' },
        ]}
      />
      <Field
        id="new-email"
        name="email"
        type="email"
        label="New email address"
        required
        autoComplete="email"
        defaultValue={state.values?.email}
        errors={errors.email}
      />
      <Field
        id="email-current-password"
        name="currentPassword"
        type="password"
        label="Your current password"
        required
        autoComplete="current-password"
        hint="So that only you can move your account to another address."
        errors={errors.currentPassword}
      />
      <SubmitButton pendingLabel="Sending…">Send the confirmation link</SubmitButton>
    </form>
  );
}
