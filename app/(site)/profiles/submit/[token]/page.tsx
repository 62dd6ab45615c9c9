import type { Metadata } from 'next';
import Link from 'next/link';
import { SubmitProfileForm } from '@/components/profiles/SubmitProfileForm';
import { site } from '@/lib/site';
import { profileForChanges } from '@/lib/profiles/changes-link';
import { newFacilityFormValues, profileFormValues } from '@/lib/profiles/form-values';
import { listFacilities } from '@/lib/profiles/queries';

// A private link: never indexed, never cached.
export const metadata: Metadata = { title: 'Correct a profile', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

export default async function CorrectProfilePage({ params }: Props) {
  const { token } = await params;
  const profile = await profileForChanges(token);
  if (!profile) {
    return (
      <div className="mx-auto max-w-2xl">
        <h1 className="text-3xl font-bold">This link no longer works</h1>
        <p className="mt-4 text-lg">
          Correction links work for 30 days and close once the profile has been corrected or reviewed. Write to us at{' '}
          <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a> with your reference number, or{' '}
          <Link href="/profiles/submit">submit the profile again</Link>.
        </p>
      </div>
    );
  }
  const facilities = await listFacilities({ reviewedOnly: true });
  // The submitter's own new facility, not yet checked by staff, reopens in the new-facility fields to be corrected.
  const values = profile.facility.reviewedAt
    ? profileFormValues(profile)
    : { ...profileFormValues(profile), ...newFacilityFormValues(profile.facility) };
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-4xl font-bold">Correct the profile for {profile.displayName}</h1>
      <p className="mt-2 text-gray-700">
        Reference <span className="font-mono">{profile.reference}</span>
      </p>
      {profile.statusReason && (
        <div className="mt-6 rounded-lg border-l-4 border-amber bg-white p-4">
          <h2 className="font-bold">What our staff asked for</h2>
          <p className="mt-1 whitespace-pre-line">{profile.statusReason}</p>
        </div>
      )}
      <div className="mt-8">
        <SubmitProfileForm facilities={facilities} correction={{ token, values, photoPath: profile.photoPath }} />
      </div>
    </div>
  );
}
