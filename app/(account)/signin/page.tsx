import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/account/SignInForm';
import { safeNextPath } from '@/lib/auth/schema';
import { currentUser } from '@/lib/auth/session';
import { firstParam, type SearchParam } from '@/lib/pagination';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

type Props = { searchParams: Promise<{ next?: SearchParam }> };

export default async function SignInPage({ searchParams }: Props) {
  const next = firstParam((await searchParams).next);
  if (await currentUser()) redirect(safeNextPath(next));
  return (
    <>
      <h1 className="text-3xl font-bold">Sign in</h1>
      <p className="mt-2 mb-6 text-gray-700">Pen pals, moderators and administrators sign in here.</p>
      <SignInForm next={next} />
      <ul className="mt-6 space-y-2">
        <li>
          <Link href="/forgot-password">Forgot your password?</Link>
        </li>
        <li>
          New here? <Link href="/signup">Create an account</Link>
        </li>
      </ul>
    </>
  );
}
