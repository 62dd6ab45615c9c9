'use client';

import { useActionState } from 'react';
import { ChoiceGroup, Select } from '@/components/ui/Choices';
import { Field } from '@/components/ui/Field';
import { SubmitButton } from '@/components/ui/FormStatus';
import { updateAccountSettings } from '@/lib/accounts/actions/settings';
import { COUNTRY_OPTIONS } from '@/lib/accounts/countries';
import { ABOUT_MAX, DISPLAY_NAME_MAX } from '@/lib/accounts/limits';
import { initialActionState } from '@/lib/forms/action-state';
import { INTERESTS, interestLabel, LANGUAGE_LABELS, SEEKING_LABELS } from '@/lib/profiles/vocabulary';
import { FocusedFormMessage } from './FocusedFormMessage';

export type AccountSettingsValues = {
  name: string;
  country: string;
  interests: string;
  languages: string;
  offers: string;
  about: string;
};

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const INTEREST_OPTIONS = INTERESTS.map((value) => ({ value, label: interestLabel(value) }));

/** The pen pal's own details. `saved` are the stored values; after a submission the form shows what was sent. */
export function AccountSettingsForm({ saved }: { saved: AccountSettingsValues }) {
  // Without JavaScript the browser posts to /account and the page renders the returned state.
  const [state, action] = useActionState(updateAccountSettings, initialActionState, '/account');
  const errors = state.fieldErrors ?? {};
  const values: Partial<AccountSettingsValues> = state.values ?? saved;
  return (
    <form action={action} noValidate className="space-y-6">
      <p className="text-sm text-gray-700">
        Required fields are marked <span className="text-red-800">*</span>.
      </p>
      <FocusedFormMessage
        state={state}
        summary={[
          { name: 'name', label: 'Display name', target: 'settings-name' },
          { name: 'country', label: 'Country you live in', target: 'settings-country' },
          { name: 'interests', label: 'Interests', target: 'settings-interests-error' },
          { name: 'languages', label: 'Languages', target: 'settings-languages-error' },
          { name: 'offers', label: 'What you can offer', target: 'settings-offers-error' },
          { name: 'about', label: 'About me', target: 'settings-about' },
        ]}
      />
      <Field
        id="settings-name"
        name="name"
        label="Display name"
        required
        autoComplete="nickname"
        maxLength={DISPLAY_NAME_MAX}
        hint="The name people you write to see on your letters. A first name or a nickname; never an email or web address."
        defaultValue={values.name}
        errors={errors.name}
      />
      <Select
        id="settings-country"
        name="country"
        label="Country you live in"
        required
        placeholder="Choose…"
        options={COUNTRY_OPTIONS}
        hint="Only our staff see this; it tells them how long post takes."
        defaultValue={values.country}
        errors={errors.country}
      />
      <ChoiceGroup
        id="settings-interests"
        name="interests"
        legend="Interests"
        required
        hint="We use these to show you people you share something with."
        columns="grid-cols-2 sm:grid-cols-3"
        options={INTEREST_OPTIONS}
        checked={values.interests}
        errors={errors.interests}
      />
      <ChoiceGroup
        id="settings-languages"
        name="languages"
        legend="Languages you write in"
        required
        options={options(LANGUAGE_LABELS)}
        checked={values.languages}
        errors={errors.languages}
      />
      <ChoiceGroup
        id="settings-offers"
        name="offers"
        legend="What you can offer"
        hint="Optional. Matched against what people inside are looking for."
        options={options(SEEKING_LABELS)}
        checked={values.offers}
        errors={errors.offers}
      />
      <Field
        id="settings-about"
        name="about"
        type="textarea"
        rows={5}
        label="About me"
        maxLength={ABOUT_MAX}
        hint="Optional. For now only our staff see this: it helps them when they read your letters. We will ask before it is shown to anyone else."
        defaultValue={values.about}
        errors={errors.about}
      />
      <SubmitButton pendingLabel="Saving…">Save changes</SubmitButton>
    </form>
  );
}
