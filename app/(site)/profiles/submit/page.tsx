import type { Metadata } from 'next';
import Link from 'next/link';
import { SubmitProfileForm } from '@/components/profiles/SubmitProfileForm';
import { listFacilities } from '@/lib/profiles/queries';

export const metadata: Metadata = {
  title: 'Submit a profile',
  description: 'Family, advocates and facility staff can list someone inside who would like a pen pal.',
  alternates: { canonical: '/profiles/submit' },
};

// The facility list changes as staff review new ones.
export const dynamic = 'force-dynamic';

export default async function SubmitProfilePage() {
  const facilities = await listFacilities({ reviewedOnly: true });
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-4xl font-bold">Submit a profile</h1>
      <div className="prose-site mt-4">
        <p>
          People inside cannot go online, so their profiles come from someone outside: a relative, a friend, an
          advocate, or staff typing up a paper form. Fill this in with them, or from what they have written to you.
        </p>
        <p>
          We check every profile against the facility’s records before it is listed, and list it for twelve months. Read{' '}
          <Link href="/articles/submitting-a-profile-for-a-loved-one">how submitting a profile works</Link> first if you
          are unsure.
        </p>
      </div>
      <div className="mt-8">
        <SubmitProfileForm facilities={facilities} />
      </div>
    </div>
  );
}
