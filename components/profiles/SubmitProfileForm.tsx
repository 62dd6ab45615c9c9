'use client';

import { useActionState } from 'react';
import { Select } from '@/components/ui/Choices';
import { ConfirmationPanel } from '@/components/ui/ConfirmationPanel';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { describedBy, Field, HintAndErrors, RequiredMark } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { correctionPhotoUrl, uploadedPhotoName, uploadPreviewUrl } from '@/lib/photos/paths';
import { RELATIONSHIPS } from '@/lib/profiles/vocabulary';
import { submitProfile } from '@/lib/profiles/actions/submit';
import { type FacilityOption, PROFILE_SUMMARY_FIELDS, ProfileFields } from './ProfileFields';

/** A small preview of the photo on file: an upload through the private correction link, a demo portrait as it is. */
const onFileUrl = (token: string, photoPath: string) =>
  uploadedPhotoName(photoPath) ? correctionPhotoUrl(token, 160) : photoPath;

const PHOTO_HINT = 'Optional. JPEG, PNG or WebP, up to 5 MB. We remove location and camera details before storing it.';
const RELATIONSHIP_OPTIONS = RELATIONSHIPS.map((value) => ({
  value,
  label: value.charAt(0).toUpperCase() + value.slice(1),
}));

const SUBMIT_PROFILE_SUMMARY_FIELDS = [
  ...PROFILE_SUMMARY_FIELDS,
  { name: 'photo', label: 'Photo', target: 'photo' },
  { name: 'submitterName', label: 'Your name', target: 'submitterName' },
  { name: 'submitterEmail', label: 'Your email', target: 'submitterEmail' },
  { name: 'submitterRelationship', label: 'How you know them', target: 'submitterRelationship' },
  { name: 'consent', label: 'Consent', target: 'consent' },
];

/** A correction reopens a submission from the private link in a "changes needed" email. */
export type Correction = { token: string; values: Record<string, string>; photoPath: string | null };

export function SubmitProfileForm({
  facilities,
  correction,
}: {
  facilities: FacilityOption[];
  correction?: Correction;
}) {
  // Without JavaScript the browser posts to this URL and the page renders the returned state.
  const [state, action] = useActionState(
    submitProfile,
    initialActionState,
    correction ? `/profiles/submit/${correction.token}` : '/profiles/submit',
  );
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? correction?.values ?? {};
  const photoIds = describedBy('photo', PHOTO_HINT, errors.photo);
  const consentIds = describedBy('consent', undefined, errors.consent);

  if (state.ok && state.result) {
    return (
      <ConfirmationPanel title={`Profile sent: ${state.result.reference}`}>
        <p className="text-lg">
          Your reference number is <strong className="font-mono">{state.result.reference}</strong>. Please keep it:
          quote it whenever you contact us.
        </p>
        <h3 className="text-xl font-bold">What happens next</h3>
        <ol className="list-decimal space-y-1 pl-6">
          {state.result.emailed ? (
            <li>We will email this reference to {state.result.email}.</li>
          ) : (
            <li>
              We have not emailed {state.result.email} this time, as it has had several emails from us today: please
              note the reference now.
            </li>
          )}
          <li>Staff check the name and number against the facility’s records, usually within a week.</li>
          <li>If anything needs changing we write to you; otherwise the profile goes live for twelve months.</li>
          <li>Before it runs out we ask you to confirm the details so it can be renewed.</li>
        </ol>
      </ConfirmationPanel>
    );
  }

  return (
    <form action={action} noValidate className="space-y-8">
      <p className="text-sm text-gray-700">
        Required fields are marked <span className="text-red-800">*</span>. Nothing is published until our staff have
        checked it.
      </p>
      {state.fieldErrors ? (
        <ErrorSummary message={state.message} errors={errors} fields={SUBMIT_PROFILE_SUMMARY_FIELDS} />
      ) : (
        <FormMessage state={state} />
      )}
      {correction && <input type="hidden" name="changesToken" value={correction.token} />}
      <ProfileFields facilities={facilities} values={values} errors={errors} allowNewFacility />

      <fieldset className="space-y-3">
        <legend className="text-xl font-bold">Photo</legend>
        {!values.photoUpload && correction?.photoPath && (
          <div className="flex items-center gap-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- the photo already on file */}
            <img
              src={onFileUrl(correction.token, correction.photoPath)}
              alt="The photo we have"
              width={96}
              height={96}
              className="rounded-lg object-cover"
            />
            <p>We keep this photo unless you choose another file.</p>
          </div>
        )}
        {values.photoUpload && (
          <div className="flex items-center gap-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- a preview of the file just uploaded */}
            <img
              src={uploadPreviewUrl(values.photoUpload, 160)}
              alt="The photo you uploaded"
              width={96}
              height={96}
              className="rounded-lg object-cover"
            />
            <p>We have your photo. Choose another file only to replace it.</p>
            <input type="hidden" name="photoUpload" value={values.photoUpload} />
          </div>
        )}
        <div>
          <label htmlFor="photo" className="label">
            {values.photoUpload ? 'Replace the photo' : 'A recent photo'}
          </label>
          <input
            id="photo"
            name="photo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            className="block w-full text-base file:mr-4 file:rounded-md file:border-0 file:bg-brand-50 file:px-4 file:py-2 file:font-semibold"
            aria-describedby={photoIds.describedBy}
            aria-invalid={photoIds.errorId ? true : undefined}
          />
          <HintAndErrors hint={PHOTO_HINT} hintId={photoIds.hintId} errors={errors.photo} errorId={photoIds.errorId} />
        </div>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-bold">About you</legend>
        <p className="text-sm text-gray-700">
          Only our staff see these details. We use them to confirm the listing and to ask you to renew it.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="submitterName"
            name="submitterName"
            label="Your name"
            required
            autoComplete="name"
            maxLength={100}
            defaultValue={values.submitterName}
            errors={errors.submitterName}
          />
          <Field
            id="submitterEmail"
            name="submitterEmail"
            type="email"
            label="Your email"
            required
            autoComplete="email"
            defaultValue={values.submitterEmail}
            errors={errors.submitterEmail}
          />
          <Select
            id="submitterRelationship"
            name="submitterRelationship"
            label="How you know them"
            required
            placeholder="Choose…"
            options={RELATIONSHIP_OPTIONS}
            defaultValue={values.submitterRelationship}
            errors={errors.submitterRelationship}
          />
        </div>
        <div>
          <label className="flex items-start gap-2">
            <input
              id="consent"
              type="checkbox"
              name="consent"
              defaultChecked={values.consent === 'on'}
              className="mt-1 size-5 accent-brand-700"
              aria-invalid={consentIds.errorId ? true : undefined}
              aria-describedby={consentIds.describedBy}
            />
            <span>
              The person listed has agreed to this profile and to letters from pen pals through this program.
              <RequiredMark />
            </span>
          </label>
          <HintAndErrors errors={errors.consent} errorId={consentIds.errorId} />
        </div>
      </fieldset>

      <SubmitButton pendingLabel="Sending…">Send for review</SubmitButton>
    </form>
  );
}
