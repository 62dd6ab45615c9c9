'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { signIn } from '@/lib/auth/actions';
import { initialActionState } from '@/lib/forms/action-state';

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signIn, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="card space-y-4">
      <FormMessage
        state={state}
        summary={[
          { name: 'email', label: 'Email', target: 'signin-email' },
          { name: 'password', label: 'Password', target: 'signin-password' },
        ]}
      />
      <input type="hidden" name="next" value={state.values?.next ?? next ?? ''} />
      <Field
        id="signin-email"
        name="email"
        type="email"
        label="Email"
        required
        autoComplete="email"
        defaultValue={state.values?.email}
        errors={errors.email}
      />
      <Field
        id="signin-password"
        name="password"
        type="password"
        label="Password"
        required
        autoComplete="current-password"
        errors={errors.password}
      />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
