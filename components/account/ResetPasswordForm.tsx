'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { resetPassword } from '@/lib/accounts/actions/password-reset';
import { initialActionState } from '@/lib/forms/action-state';
import { NewPasswordField } from './NewPasswordField';

/**
 * The form behind a reset link. Rendered whatever the link's state, so the answer survives the page being rendered
 * again once the link is used (the new session's cookie makes Next refresh it; without JavaScript it always is).
 */
export function ResetPasswordForm({ token, usable }: { token: string; usable: boolean }) {
  const [state, action] = useActionState(resetPassword, initialActionState, `/reset-password/${token}`);

  if (state.ok) {
    return (
      <div className="card space-y-3" role="status">
        <p className="text-lg font-semibold">{state.message}</p>
        <p>
          <Link href="/profiles">Browse the profiles</Link> or go to <Link href="/account">your account</Link>.
        </p>
      </div>
    );
  }
  if (!usable || state.result?.linkGone) {
    return (
      <div className="card space-y-3">
        <p className="text-lg">This link has run out or has been used already.</p>
        <p>Reset links work once, for one hour, and only the newest one you were sent works.</p>
        <p>
          <Link href="/forgot-password">Ask for a new link</Link>
        </p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="card space-y-4">
      <FormMessage state={state} summary={[{ name: 'password', label: 'New password', target: 'reset-password' }]} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordField id="reset-password" label="New password" errors={state.fieldErrors?.password} />
      <SubmitButton pendingLabel="Saving…">Set my new password</SubmitButton>
    </form>
  );
}
