import type { Metadata } from 'next';
import Link from 'next/link';
import { ForgotPasswordForm } from '@/components/account/ForgotPasswordForm';

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Forgot your password?</h1>
      <p className="mt-2 mb-6 text-gray-700">
        Tell us the email address of your account and we will send you a link to choose a new password.
      </p>
      <ForgotPasswordForm />
      <p className="mt-6">
        Remembered it? <Link href="/signin">Sign in</Link>
      </p>
    </>
  );
}
