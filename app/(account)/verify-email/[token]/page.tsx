import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmEmailForm } from '@/components/account/ConfirmEmailForm';
import { VerifyEmailBanner } from '@/components/account/VerifyEmailBanner';
import { accountTokenIsUsable } from '@/lib/accounts/tokens';
import { currentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';

// A private link: never indexed, never cached.
export const metadata: Metadata = { title: 'Confirm your email address', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

export default async function VerifyEmailPage({ params }: Props) {
  const { token } = await params;
  const usable = await accountTokenIsUsable(db, token, 'verify_email');
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">Confirm your email address</h1>
      <ConfirmEmailForm token={token} usable={usable} linkGone={usable ? null : <LinkGone token={token} />} />
    </>
  );
}

/** A used or expired link: what to do next depends on who is looking. */
async function LinkGone({ token }: { token: string }) {
  const user = await currentUser();
  if (user?.emailVerified) {
    return (
      <div className="card space-y-3">
        <p className="text-lg">Your email address is already confirmed: there is nothing more to do.</p>
        <p>
          <Link href="/account">Go to your account</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <div className="card space-y-3">
        <p className="text-lg">This link has run out or has been used already.</p>
        <p>Confirmation links work once, for 24 hours, and only the newest one you were sent works.</p>
        {!user && (
          <p>
            If you have not confirmed your address yet,{' '}
            <Link href={`/signin?next=/verify-email/${token}`}>sign in</Link> and ask for a new link.
          </p>
        )}
      </div>
      <VerifyEmailBanner />
    </div>
  );
}
