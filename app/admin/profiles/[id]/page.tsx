import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClearLettersPauseForm } from '@/components/admin/letters/ClearLettersPauseForm';
import { EditFacilityForm } from '@/components/admin/EditFacilityForm';
import { EditProfileForm } from '@/components/admin/EditProfileForm';
import { PaperFormBanner } from '@/components/admin/PaperFormBanner';
import { ReviewActions } from '@/components/admin/ReviewActions';
import { ProfilePhoto } from '@/components/profiles/ProfilePhoto';
import { guardedMetadata, pageRequireStaff } from '@/lib/auth/guard';
import { firstParam, type SearchParam } from '@/lib/pagination';
import { isPaperRequest } from '@/lib/paper-forms/requests';
import { formatDate, formatDateTime, isoDate } from '@/lib/format/date';
import { ageOn } from '@/lib/profiles/age';
import { envelopeLines } from '@/lib/profiles/envelope';
import { profileFormValues } from '@/lib/profiles/form-values';
import { isExpiringSoon, isListed, reviewOpsFor, statusLabel } from '@/lib/profiles/listing';
import { listFacilities } from '@/lib/profiles/queries';
import { getProfileForReview } from '@/lib/profiles/review-queries';
import {
  GENDER_LABELS,
  interestLabel,
  labelFor,
  labelList,
  splitList,
  LANGUAGE_LABELS,
  SEEKING_LABELS,
  VENDOR_LABELS,
} from '@/lib/profiles/vocabulary';

const guard = async ({ params }: Pick<Props, 'params'>) => pageRequireStaff(`/admin/profiles/${(await params).id}`);
export const generateMetadata = guardedMetadata(guard, { title: 'Review a profile' });

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ paper?: SearchParam }> };

export default async function ReviewProfilePage({ params, searchParams }: Props) {
  const { id } = await params;
  // Opened from /admin/forms with what a returned paper form asks for.
  const paper = firstParam((await searchParams).paper);
  await guard({ params });
  const [found, facilities] = await Promise.all([getProfileForReview(id), listFacilities({ reviewedOnly: false })]);
  if (!found) notFound();
  const { profile, history } = found;
  const { facility } = profile;
  const now = new Date();
  const listed = isListed(profile, now);

  return (
    <>
      <p className="text-sm">
        <Link href="/admin/profiles">← All profiles</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {profile.displayName} <span className="font-mono text-lg text-gray-700">{profile.reference}</span>
      </h1>
      <p className="mt-1">
        <strong>{statusLabel(profile, now)}</strong>
        {profile.statusReason && <> · {profile.statusReason}</>}
        {isExpiringSoon(profile, now) && (
          <strong className="text-amber-900">
            {' '}
            · listing ends within 30 days: renew once the details are confirmed
          </strong>
        )}
        {listed && (
          <>
            {' '}
            · <Link href={`/profiles/${profile.slug}`}>view public page</Link>
          </>
        )}{' '}
        · <Link href={`/admin/profiles/${profile.id}/paper-form`}>Print a paper form</Link>
      </p>
      <p className="mt-1 text-sm text-gray-700">
        Consent to be listed:{' '}
        {profile.consentConfirmedAt ? `last confirmed ${formatDate(profile.consentConfirmedAt)}` : 'not recorded'}
      </p>
      {isPaperRequest(paper) && <PaperFormBanner profileId={profile.id} request={paper} />}

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="submission-heading" className="card space-y-4">
          <h2 id="submission-heading" className="text-xl font-bold">
            As submitted
          </h2>
          <div className="flex gap-4">
            <ProfilePhoto name={profile.displayName} photoPath={profile.photoPath} size={120} forStaff main />
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              <dt className="font-semibold">Records name</dt>
              <dd>{profile.legalName}</dd>
              <dt className="font-semibold">Born</dt>
              <dd>
                {formatDate(profile.birthDate)} (age {ageOn(profile.birthDate, now)})
              </dd>
              <dt className="font-semibold">Gender</dt>
              <dd>{labelFor(GENDER_LABELS, profile.gender)}</dd>
              <dt className="font-semibold">Race / ethnicity</dt>
              <dd>{profile.raceEthnicity ?? '—'}</dd>
              <dt className="font-semibold">Release</dt>
              <dd>{profile.releaseDate ? formatDate(profile.releaseDate) : 'No date'}</dd>
              <dt className="font-semibold">Offense</dt>
              <dd>{profile.offense}</dd>
            </dl>
          </div>
          <p className="whitespace-pre-line">{profile.bio}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-semibold">Interests</dt>
            <dd>{splitList(profile.interests).map(interestLabel).join(', ')}</dd>
            <dt className="font-semibold">Looking for</dt>
            <dd>{labelList(SEEKING_LABELS, profile.seeking)}</dd>
            <dt className="font-semibold">Writes in</dt>
            <dd>{labelList(LANGUAGE_LABELS, profile.languages)}</dd>
          </dl>
          <div>
            <h3 className="font-bold">Envelope</h3>
            <address className="mt-1 font-mono text-sm not-italic">
              {envelopeLines(profile, facility).map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </address>
            <p className="mt-2 text-sm">
              {facility.mailScanned ? 'Mail is scanned. ' : ''}E-messaging:{' '}
              {labelFor(VENDOR_LABELS, facility.messagingVendor)}.
              {facility.photoRules && <> Photos: {facility.photoRules}</>}
            </p>
            {!facility.reviewedAt && (
              <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                <strong>New facility, typed in by the submitter.</strong> Check the address with the facility and
                correct it below; approving this profile adds it to the public list.
              </p>
            )}
          </div>
          <div>
            <h3 className="font-bold">Submitted by</h3>
            <p className="text-sm">
              {profile.submitterName} ({profile.submitterRelationship}) ·{' '}
              <a href={`mailto:${profile.submitterEmail}`}>{profile.submitterEmail}</a> ·{' '}
              {profile.consentGiven ? 'consent confirmed' : <strong>no consent recorded</strong>} ·{' '}
              {formatDateTime(profile.createdAt)}
            </p>
          </div>
          <p className="text-sm text-gray-700">
            Listed {profile.listedAt ? formatDate(profile.listedAt) : 'never'} · verified{' '}
            {profile.verifiedAt ? formatDate(profile.verifiedAt) : 'never'} · listing ends{' '}
            {profile.expiresAt ? formatDate(profile.expiresAt) : '—'}
          </p>
        </section>

        <div className="space-y-6">
          {profile.lettersPausedAt && (
            <section aria-labelledby="paused-heading" className="card border-amber-700 bg-amber-50">
              <h2 id="paused-heading" className="text-xl font-bold">
                Letters paused
              </h2>
              <p className="mt-1 text-sm">
                {profile.lettersPausedReason ?? 'A letter came back'} ({formatDate(profile.lettersPausedAt)}). Check
                where they are now, mark them released or transferred, or correct the details below.
              </p>
              <ClearLettersPauseForm profileId={profile.id} />
            </section>
          )}
          <section aria-labelledby="decide-heading" className="card">
            <h2 id="decide-heading" className="mb-3 text-xl font-bold">
              Decide
            </h2>
            <ReviewActions profileId={profile.id} status={profile.status} ops={reviewOpsFor(profile, now)} />
          </section>
          {profile.reports.length > 0 && (
            <section aria-labelledby="reports-heading" className="card">
              <h2 id="reports-heading" className="text-xl font-bold">
                Open reports ({profile.reports.length})
              </h2>
              <ul className="mt-2 space-y-2 text-sm">
                {profile.reports.map((report) => (
                  <li key={report.id}>
                    <strong>{report.reason}</strong>: {report.details}
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-sm">
                <Link href="/admin/reports">Record outcomes in the reports queue</Link>
              </p>
            </section>
          )}
          <section aria-labelledby="history-heading" className="card">
            <h2 id="history-heading" className="text-xl font-bold">
              History
            </h2>
            {history.length === 0 ? (
              <p className="mt-2 text-sm">No staff actions yet.</p>
            ) : (
              <ol className="mt-2 space-y-1 text-sm">
                {history.map((entry) => (
                  <li key={entry.id}>
                    {formatDateTime(entry.createdAt)} · {entry.actorEmail} ·{' '}
                    {entry.action.replace('profile.', '').replace('_', ' ')}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </div>

      <section aria-labelledby="facility-heading" className="card mt-8">
        <details open={!facility.reviewedAt}>
          <summary className="cursor-pointer">
            <h2 id="facility-heading" className="inline text-xl font-bold">
              Facility: {facility.name}
            </h2>
            <span className="ml-2 text-sm text-gray-700">shared by every profile there</span>
          </summary>
          <div className="mt-4">
            <EditFacilityForm
              facilityId={facility.id}
              current={{
                facilityName: facility.name,
                facilityState: facility.state,
                facilityAddress: facility.addressLines,
                facilityMailScanned: facility.mailScanned ? 'on' : '',
                facilityScanAddress: facility.scanAddressLines ?? '',
                facilityPhotoRules: facility.photoRules,
                facilityVendor: facility.messagingVendor,
                facilityNotes: facility.notes,
                facilityPostcardsOnly: facility.postcardsOnly ? 'on' : '',
                facilityMaxPages: facility.maxPages?.toString() ?? '',
                facilityNoGreetingCards: facility.noGreetingCards ? 'on' : '',
                facilityNoPhotos: facility.photosAccepted ? '' : 'on',
                facilityRulesCheckedAt: facility.rulesCheckedAt ? isoDate(facility.rulesCheckedAt) : '',
                facilityRulesSource: facility.rulesSource,
              }}
            />
          </div>
        </details>
      </section>

      <section aria-labelledby="edit-heading" className="card mt-8">
        <h2 id="edit-heading" className="mb-4 text-xl font-bold">
          Edit details
        </h2>
        <EditProfileForm profileId={profile.id} facilities={facilities} current={profileFormValues(profile)} />
      </section>
    </>
  );
}
