import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/account/SignUpForm';
import { newSignUpStamp } from '@/lib/accounts/sign-up-stamp';
import { currentUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };
// The form carries the time it was served.
export const dynamic = 'force-dynamic';

export default async function SignUpPage() {
  if (await currentUser()) redirect('/account');
  return (
    <>
      <h1 className="text-3xl font-bold">Create an account</h1>
      <p className="mt-2 mb-6 text-gray-700">
        Write to people in prison through our program: we screen, print and post your letters with our return address,
        so your own address stays private.
      </p>
      <SignUpForm stamp={newSignUpStamp()} />
      <p className="mt-6">
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </>
  );
}
