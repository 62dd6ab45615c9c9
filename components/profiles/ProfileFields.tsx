import { ChoiceGroup, Select } from '@/components/ui/Choices';
import { DateParts } from '@/components/ui/DateParts';
import { Field } from '@/components/ui/Field';
import { NewFacilityReveal } from './NewFacilityReveal';
import type { SummaryField } from '@/components/ui/ErrorSummary';
import type { FieldErrors } from '@/lib/forms/action-state';
import { BIO_MAX_LENGTH, NEW_FACILITY, OWN_INTERESTS_MAX } from '@/lib/profiles/limits';
import {
  GENDER_LABELS,
  INTERESTS,
  interestLabel,
  LANGUAGE_LABELS,
  SEEKING_LABELS,
  US_STATES,
  VENDOR_LABELS,
} from '@/lib/profiles/vocabulary';

/** The fields in the order of the form, for the error summary; checkbox groups link to their error text. */
export const PROFILE_SUMMARY_FIELDS: SummaryField[] = [
  { name: 'displayName', label: 'Name to show', target: 'displayName' },
  { name: 'legalName', label: 'Name as on facility records', target: 'legalName' },
  { name: 'birthDate', label: 'Date of birth', target: 'birthDate' },
  { name: 'gender', label: 'Gender', target: 'gender' },
  { name: 'raceEthnicity', label: 'Race or ethnicity', target: 'raceEthnicity' },
  { name: 'releaseDate', label: 'Release date', target: 'releaseDate' },
  { name: 'offense', label: 'Offense disclosure', target: 'offense' },
  { name: 'bio', label: 'About them', target: 'bio' },
  { name: 'interests', label: 'Interests', target: 'interests-error' },
  { name: 'ownInterests', label: 'Other interests', target: 'ownInterests' },
  { name: 'seeking', label: 'Looking for', target: 'seeking-error' },
  { name: 'languages', label: 'Writes in', target: 'languages-error' },
  { name: 'inmateNumber', label: 'Inmate number', target: 'inmateNumber' },
  { name: 'housingUnit', label: 'Housing unit', target: 'housingUnit' },
  { name: 'facilityId', label: 'Facility', target: 'facilityId' },
  { name: 'facilityName', label: 'Facility name', target: 'facilityName' },
  { name: 'facilityState', label: 'Facility state', target: 'facilityState' },
  { name: 'facilityAddress', label: 'Facility mailing address', target: 'facilityAddress' },
  { name: 'facilityScanAddress', label: 'Scanning centre address', target: 'facilityScanAddress' },
  { name: 'facilityPhotoRules', label: 'Photo rules', target: 'facilityPhotoRules' },
  { name: 'facilityVendor', label: 'E-messaging service', target: 'facilityVendor' },
  { name: 'facilityNotes', label: 'Notes for pen pals', target: 'facilityNotes' },
];

export type FacilityOption = { id: string; name: string; state: string };
type Props = {
  facilities: FacilityOption[];
  values: Record<string, string>;
  errors: FieldErrors;
  allowNewFacility?: boolean;
};

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const STATE_OPTIONS = Object.entries(US_STATES).map(([value, label]) => ({ value, label }));

/** The profile's own fields, shared by the public submission form and the staff edit form. */
export function ProfileFields({ facilities, values, errors, allowNewFacility = false }: Props) {
  const facilityOptions = facilities.map((facility) => ({
    value: facility.id,
    label: `${facility.name} (${facility.state})`,
  }));
  if (allowNewFacility) facilityOptions.push({ value: NEW_FACILITY, label: 'The facility is not in this list' });
  // Typed facility details (or their errors) keep the box shown whatever the select says.
  const newFacilityTyped = Object.entries({ ...values, ...errors }).some(
    ([key, value]) =>
      key.startsWith('facility') &&
      !['facilityId', 'facilityVendor', 'facilityMailScanned'].includes(key) &&
      String(value).trim() !== '',
  );

  return (
    <>
      <fieldset className="space-y-4">
        <legend className="text-xl font-bold">The person</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="displayName"
            name="displayName"
            label="Name to show in the directory"
            required
            maxLength={60}
            hint="First name and last initial is usual, such as Marcus T."
            defaultValue={values.displayName}
            errors={errors.displayName}
          />
          <Field
            id="legalName"
            name="legalName"
            label="Name as on facility records"
            required
            maxLength={120}
            hint="Mail is returned when this does not match."
            defaultValue={values.legalName}
            errors={errors.legalName}
          />
          <DateParts
            id="birthDate"
            name="birthDate"
            label="Date of birth"
            required
            hint="For example, 23 4 1985. Only the age is shown."
            values={values}
            errors={errors.birthDate}
          />
          <Select
            id="gender"
            name="gender"
            label="Gender"
            required
            placeholder="Choose…"
            options={options(GENDER_LABELS)}
            defaultValue={values.gender}
            errors={errors.gender}
          />
          <Field
            id="raceEthnicity"
            name="raceEthnicity"
            label="Race or ethnicity"
            hint="Optional."
            maxLength={60}
            defaultValue={values.raceEthnicity}
            errors={errors.raceEthnicity}
          />
          <DateParts
            id="releaseDate"
            name="releaseDate"
            label="Release date"
            hint="For example, 9 11 2031. Leave empty when there is none."
            values={values}
            errors={errors.releaseDate}
          />
        </div>
        <Field
          id="offense"
          name="offense"
          label="Offense disclosure"
          required
          maxLength={300}
          hint="What they were convicted of, in their words. “Prefer to discuss in letters” is an accepted answer."
          defaultValue={values.offense}
          errors={errors.offense}
        />
        <Field
          id="bio"
          name="bio"
          type="textarea"
          rows={8}
          label="About them"
          required
          maxLength={BIO_MAX_LENGTH}
          hint={`In their own words if you can: 50 to ${BIO_MAX_LENGTH.toLocaleString('en-US')} characters. No phone numbers or addresses.`}
          defaultValue={values.bio}
          errors={errors.bio}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-bold">Interests and hopes</legend>
        <ChoiceGroup
          id="interests"
          name="interests"
          legend="Interests"
          required
          columns="grid-cols-2 sm:grid-cols-3"
          options={INTERESTS.map((value) => ({ value, label: interestLabel(value) }))}
          checked={values.interests}
          errors={errors.interests}
        />
        <Field
          id="ownInterests"
          name="ownInterests"
          label="Other interests"
          hint={`Up to ${OWN_INTERESTS_MAX}, separated by commas, such as beekeeping, tai chi.`}
          maxLength={200}
          defaultValue={values.ownInterests}
          errors={errors.ownInterests}
        />
        <ChoiceGroup
          id="seeking"
          name="seeking"
          legend="Looking for"
          required
          options={options(SEEKING_LABELS)}
          checked={values.seeking}
          errors={errors.seeking}
        />
        <ChoiceGroup
          id="languages"
          name="languages"
          legend="Writes in"
          required
          options={options(LANGUAGE_LABELS)}
          checked={values.languages}
          errors={errors.languages}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-xl font-bold">Where to write</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="inmateNumber"
            name="inmateNumber"
            label="Inmate number"
            required
            maxLength={40}
            defaultValue={values.inmateNumber}
            errors={errors.inmateNumber}
          />
          <Field
            id="housingUnit"
            name="housingUnit"
            label="Housing unit"
            hint="Optional; only when the facility asks for it."
            maxLength={40}
            defaultValue={values.housingUnit}
            errors={errors.housingUnit}
          />
        </div>
        <Select
          id="facilityId"
          name="facilityId"
          label="Facility"
          required
          placeholder="Choose the facility…"
          hint={
            allowNewFacility ? 'Not in the list? Choose “The facility is not in this list”, at its end.' : undefined
          }
          options={facilityOptions}
          defaultValue={values.facilityId}
          errors={errors.facilityId}
        />
        {allowNewFacility && (
          <NewFacilityReveal initiallyOpen={values.facilityId === NEW_FACILITY || newFacilityTyped}>
            <p className="text-sm text-gray-700">
              Tell us about the facility: staff check these details before anyone writes.
            </p>
            <FacilityFields values={values} errors={errors} />
          </NewFacilityReveal>
        )}
      </fieldset>
    </>
  );
}

/** A facility's own fields: typed in by a submitter for a facility not in the list, or corrected by staff. */
export function FacilityFields({
  values,
  errors,
  withNotes = false,
}: {
  values: Record<string, string>;
  errors: FieldErrors;
  withNotes?: boolean;
}) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="facilityName"
          name="facilityName"
          label="Facility name"
          maxLength={120}
          defaultValue={values.facilityName}
          errors={errors.facilityName}
        />
        <Select
          id="facilityState"
          name="facilityState"
          label="State"
          placeholder="Choose…"
          options={STATE_OPTIONS}
          defaultValue={values.facilityState}
          errors={errors.facilityState}
        />
      </div>
      <Field
        id="facilityAddress"
        name="facilityAddress"
        type="textarea"
        rows={3}
        label="Mailing address for inmate mail"
        hint="Street or PO box on one line, town, state and ZIP on the next."
        maxLength={300}
        defaultValue={values.facilityAddress}
        errors={errors.facilityAddress}
      />
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          name="facilityMailScanned"
          defaultChecked={values.facilityMailScanned === 'on'}
          className="mt-1 size-5 accent-brand-700"
        />
        Mail is sent to a scanning centre instead of the facility
      </label>
      <Field
        id="facilityScanAddress"
        name="facilityScanAddress"
        type="textarea"
        rows={3}
        label="Scanning centre address"
        hint="Only when mail is scanned."
        maxLength={300}
        defaultValue={values.facilityScanAddress}
        errors={errors.facilityScanAddress}
      />
      <Field
        id="facilityPhotoRules"
        name="facilityPhotoRules"
        type="textarea"
        rows={2}
        label="Photo rules"
        hint="Such as: up to 5 photos, 4x6, no Polaroids."
        maxLength={500}
        defaultValue={values.facilityPhotoRules}
        errors={errors.facilityPhotoRules}
      />
      <Select
        id="facilityVendor"
        name="facilityVendor"
        label="E-messaging service"
        options={options(VENDOR_LABELS)}
        defaultValue={values.facilityVendor ?? 'none'}
        errors={errors.facilityVendor}
      />
      {withNotes && (
        <Field
          id="facilityNotes"
          name="facilityNotes"
          type="textarea"
          rows={2}
          label="Notes for pen pals"
          hint="Shown on every profile at this facility, such as: county jail, people move often."
          maxLength={500}
          defaultValue={values.facilityNotes}
          errors={errors.facilityNotes}
        />
      )}
      {withNotes && <FacilityMailRules values={values} errors={errors} />}
    </>
  );
}

/** Staff only: the rules the letter composer applies and the print view follows, with when and where they were read. */
function FacilityMailRules({ values, errors }: { values: Record<string, string>; errors: FieldErrors }) {
  const checkboxes = [
    ['facilityPostcardsOnly', 'Postcards only: the facility accepts no letters'],
    ['facilityNoGreetingCards', 'No greeting cards'],
    ['facilityNoPhotos', 'Photos are not accepted'],
  ] as const;
  return (
    <fieldset className="space-y-4 rounded-md border border-gray-300 p-4">
      <legend className="px-1 font-semibold">Mail rules for letters</legend>
      {checkboxes.map(([name, label]) => (
        <label key={name} className="flex items-start gap-2">
          <input
            type="checkbox"
            name={name}
            defaultChecked={values[name] === 'on'}
            className="mt-1 size-5 accent-brand-700"
          />
          {label}
        </label>
      ))}
      <Field
        id="facilityMaxPages"
        name="facilityMaxPages"
        label="Most pages per letter"
        hint="Leave empty when the facility sets no limit."
        maxLength={3}
        defaultValue={values.facilityMaxPages}
        errors={errors.facilityMaxPages}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="facilityRulesCheckedAt"
          name="facilityRulesCheckedAt"
          type="date"
          label="Rules checked on"
          defaultValue={values.facilityRulesCheckedAt}
          errors={errors.facilityRulesCheckedAt}
        />
        <Field
          id="facilityRulesSource"
          name="facilityRulesSource"
          type="url"
          label="Where the rules come from"
          hint="The facility's or department's page, such as https://doc.example.gov/mail."
          maxLength={300}
          defaultValue={values.facilityRulesSource}
          errors={errors.facilityRulesSource}
        />
      </div>
    </fieldset>
  );
}
