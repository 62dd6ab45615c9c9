'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { ConfirmationPanel } from '@/components/ui/ConfirmationPanel';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { confirmEmail } from '@/lib/accounts/actions/verify-email';
import { initialActionState } from '@/lib/forms/action-state';

type Props = { token: string; usable: boolean; linkGone: React.ReactNode };

/**
 * The button behind the link in a confirmation email. The page renders this whatever the link's state, so the answer
 * to the button survives the page being rendered again after the link has been used (as it is without JavaScript).
 */
export function ConfirmEmailForm({ token, usable, linkGone }: Props) {
  const [state, action] = useActionState(confirmEmail, initialActionState, `/verify-email/${token}`);

  if (state.ok) {
    return (
      <ConfirmationPanel title="Email address confirmed">
        <p>{state.message}</p>
        {state.result?.signedIn ? (
          <p>
            <Link href="/account">Go to your account</Link>
          </p>
        ) : (
          <p>
            You can now <Link href="/signin">sign in</Link>.
          </p>
        )}
      </ConfirmationPanel>
    );
  }
  if (!usable) return linkGone;
  return (
    <form action={action} className="card space-y-4">
      <FormMessage state={state} />
      <p>Press the button to confirm that this email address is yours. Nothing else changes.</p>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Confirming…">Confirm my email address</SubmitButton>
    </form>
  );
}
