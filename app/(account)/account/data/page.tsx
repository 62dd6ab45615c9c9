import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteAccountForm } from '@/components/account/DeleteAccountForm';
import { pageRequireUser } from '@/lib/auth/guard';
import { isStaff } from '@/lib/auth/roles';
import { site } from '@/lib/site';

export const metadata: Metadata = { title: 'Your data' };

export default async function YourDataPage() {
  const user = await pageRequireUser('/account/data');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">Your data</h1>

      <section aria-labelledby="download" className="mt-8">
        <h2 id="download" className="text-2xl font-bold">Download everything we hold about you</h2>
        <p className="mt-2">
          One file (JSON, which any text editor opens) with your account details, the browsers you signed in with, your favourites, your
          letters with their history and the replies you have received (scanned pages are named; open them in your inbox), the reports you
          made with their outcome, and the record of anything our staff did to your account. It never contains your password: we do not know it, and keep only a one-way hash.
        </p>
        <p className="mt-4">
          <a href="/account/data/export" download className="btn-secondary">
            Download your data
          </a>
        </p>
      </section>

      <section aria-labelledby="delete" className="mt-12">
        <h2 id="delete" className="text-2xl font-bold">Delete my account</h2>
        {isStaff(user.role) ? (
          <p className="mt-2">
            Staff accounts are closed by an administrator, so that the moderation record stays complete. Please ask one.
          </p>
        ) : (
          <>
            <p className="mt-2">This happens at once and cannot be undone:</p>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              <li>your name, email address, interests, languages and everything else you told us are erased;</li>
              <li>your favourites and your drafts are removed, and every browser signed in to the account is signed out;</li>
              <li>
                everyone you have sent a letter to gets a short, kind letter from us saying you cannot keep writing, so they are not left wondering;
              </li>
              <li>nobody can sign in to the account again. We send a last email to your address to confirm.</li>
            </ul>
            <p className="mt-2 mb-4 text-gray-700">
              {site.name} keeps only what it must: a record that an account was deleted, without your details; and, for the program&rsquo;s
              records, the letters you sent and the replies to them, under that nameless account until our{' '}
              <Link href="/privacy">retention period</Link> ends.
            </p>
            <DeleteAccountForm />
          </>
        )}
      </section>
    </div>
  );
}
