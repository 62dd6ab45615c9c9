'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { requestPasswordReset } from '@/lib/accounts/actions/password-reset';
import { initialActionState } from '@/lib/forms/action-state';

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordReset, initialActionState, '/forgot-password');
  const errors = state.fieldErrors ?? {};

  if (state.ok && state.result) {
    return (
      <div className="card space-y-3" role="status">
        <h2 className="text-2xl font-bold">Check your email</h2>
        <p className="text-lg">
          If <strong className="break-all">{state.result.email}</strong> belongs to an account, we have sent it a link
          to choose a new password.
        </p>
        <p>The link works once, for one hour. Nothing after a few minutes? Look in your spam or junk folder.</p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="card space-y-4">
      <FormMessage state={state} summary={[{ name: 'email', label: 'Email', target: 'forgot-email' }]} />
      <Field
        id="forgot-email"
        name="email"
        type="email"
        label="Email"
        required
        autoComplete="email"
        hint="The address you signed up with."
        defaultValue={state.values?.email}
        errors={errors.email}
      />
      <SubmitButton pendingLabel="Sending…">Email me a link</SubmitButton>
    </form>
  );
}
