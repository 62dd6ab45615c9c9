import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangeEmailForm } from '@/components/account/ChangeEmailForm';
import { ownAccountSettings, pendingEmailChange } from '@/lib/accounts/queries';
import { pageRequireUser } from '@/lib/auth/guard';
import { formatDateTime } from '@/lib/format/date';

export const metadata: Metadata = { title: 'Change your email address' };

type Props = { searchParams: Promise<{ changed?: string | string[] }> };

export default async function ChangeEmailPage({ searchParams }: Props) {
  await pageRequireUser('/account/email');
  const [account, pending, { changed }] = await Promise.all([ownAccountSettings(), pendingEmailChange(), searchParams]);
  return (
    <div className="max-w-xl">
      <p className="text-sm">
        <Link href="/account">Your account</Link> <span aria-hidden="true">›</span>
      </p>
      <h1 className="mt-1 text-3xl font-bold">Change your email address</h1>
      {changed && (
        <p role="status" className="mt-4 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900">
          Done: your email address is now <strong className="break-words">{account.email}</strong>. We have told your
          old address.
        </p>
      )}
      <p className="mt-4">
        We write to you at <strong className="break-words">{account.email}</strong>. To use another address, enter it
        below: we send a link to it, and the change happens when you open that link and confirm. We also tell your
        current address.
      </p>
      {pending?.newEmail && (
        <p className="mt-4 rounded-md border border-amber-dark bg-amber/10 px-4 py-3">
          A link is waiting at <strong className="break-words">{pending.newEmail}</strong> until{' '}
          {formatDateTime(pending.expiresAt)}. Asking again sends a new link and stops that one.
        </p>
      )}
      <div className="mt-6">
        <ChangeEmailForm />
      </div>
    </div>
  );
}
