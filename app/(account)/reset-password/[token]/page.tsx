import type { Metadata } from 'next';
import { ResetPasswordForm } from '@/components/account/ResetPasswordForm';
import { accountTokenIsUsable } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';

// A private link: never indexed, never cached.
export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Choose a new password</h1>
      <ResetPasswordForm token={token} usable={await accountTokenIsUsable(db, token, 'reset_password')} />
    </>
  );
}
