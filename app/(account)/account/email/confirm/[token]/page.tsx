import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmEmailChangeForm } from '@/components/account/ConfirmEmailChangeForm';
import { emailChangeLink, ownAccountSettings } from '@/lib/accounts/queries';
import { pageRequireUser } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Confirm your new email address', referrer: 'no-referrer' };

type Props = { params: Promise<{ token: string }> };

export default async function ConfirmEmailPage({ params }: Props) {
  const { token } = await params;
  await pageRequireUser(`/account/email/confirm/${token}`);
  const [newEmail, account] = await Promise.all([emailChangeLink(token), ownAccountSettings()]);
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Confirm your new email address</h1>
      {newEmail ? (
        <div className="card mt-6 space-y-4">
          <p>
            Use <strong className="break-words">{newEmail}</strong> as the email address of your account instead of{' '}
            <strong className="break-words">{account.email}</strong>? We will sign you in with it and write to you
            there.
          </p>
          <ConfirmEmailChangeForm token={token} />
        </div>
      ) : (
        <div className="mt-6 space-y-4">
          <p>
            This link has expired or has already been used. Links work once, for 24 hours, and only while you are signed
            in to the account that asked for the change.
          </p>
          <p>
            <Link href="/account/email">Ask for a new link</Link>
          </p>
        </div>
      )}
    </div>
  );
}
