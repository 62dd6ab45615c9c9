import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountSettingsForm } from '@/components/account/AccountSettingsForm';
import { VerifyEmailBanner } from '@/components/account/VerifyEmailBanner';
import { ownAccountSettings } from '@/lib/accounts/queries';
import { pageRequireUser } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Your account' };

export default async function AccountPage() {
  await pageRequireUser('/account');
  const account = await ownAccountSettings();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Your account</h1>
      {/* "Check your email" sends people here for a new link once they are signed in. */}
      <div className="mt-6 empty:hidden">
        <VerifyEmailBanner />
      </div>
      <section aria-labelledby="sign-in-details" className="card mt-6">
        <h2 id="sign-in-details" className="text-xl font-bold">
          Signing in
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="font-medium">Email address</dt>
          <dd className="flex min-w-0 flex-wrap items-baseline gap-x-3">
            <span className="min-w-0 break-words">{account.email}</span>
            {!account.emailVerifiedAt && <span className="text-sm text-gray-700">(not confirmed yet)</span>}
            <Link href="/account/email" className="whitespace-nowrap">
              Change<span className="sr-only"> your email address</span>
            </Link>
          </dd>
          <dt className="font-medium">Password</dt>
          <dd>
            <Link href="/account/security">
              Change your password<span className="sr-only"> or see where you are signed in</span>
            </Link>
          </dd>
        </dl>
      </section>
      <section aria-labelledby="your-details" className="mt-10">
        <h2 id="your-details" className="text-2xl font-bold">
          Your details
        </h2>
        <div className="mt-4">
          <AccountSettingsForm
            saved={{
              name: account.name,
              country: account.country,
              interests: account.interests,
              languages: account.languages,
              offers: account.offers,
              about: account.about,
            }}
          />
        </div>
      </section>
    </div>
  );
}
