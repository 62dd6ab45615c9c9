'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/FormStatus';
import { changePassword } from '@/lib/accounts/actions/sessions';
import { initialActionState } from '@/lib/forms/action-state';
import { FocusedFormMessage } from './FocusedFormMessage';

// Passwords are never echoed back: after an error both fields are empty again.
export function ChangePasswordForm() {
  const [state, action] = useActionState(changePassword, initialActionState, '/account/security');
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="card space-y-4">
      <FocusedFormMessage
        state={state}
        summary={[
          { name: 'currentPassword', label: 'Current password', target: 'current-password' },
          { name: 'password', label: 'New password', target: 'new-password' },
        ]}
      />
      <Field
        id="current-password"
        name="currentPassword"
        type="password"
        label="Current password"
        required
        autoComplete="current-password"
        errors={errors.currentPassword}
      />
      <Field
        id="new-password"
        name="password"
        type="password"
        label="New password"
        required
        autoComplete="new-password"
        hint="At least 12 characters. A few unrelated words make a strong one."
        errors={errors.password}
      />
      <SubmitButton pendingLabel="Changing…">Change password</SubmitButton>
    </form>
  );
}
