import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Account deleted' };

// Where "Delete my account" ends: the account and its session are gone, so nothing here needs one.
export default async function AccountDeletedPage() {
  if (await currentUser()) redirect('/account');
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">Your account is deleted</h1>
      <p className="mt-4">
        We have erased your details, removed your favourites and signed you out everywhere. Nobody can sign in to the
        account again. We have sent a last email to your address to confirm.
      </p>
      <p className="mt-4">Thank you for writing with us.</p>
      <p className="mt-6">
        <Link href="/" className="btn-secondary">
          Back to the home page
        </Link>
      </p>
    </div>
  );
}
