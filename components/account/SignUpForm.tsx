'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { ChoiceGroup, Select } from '@/components/ui/Choices';
import { ErrorSummary, type SummaryField } from '@/components/ui/ErrorSummary';
import { describedBy, Field, HintAndErrors, RequiredMark } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { Honeypot } from '@/components/ui/Honeypot';
import { signUp } from '@/lib/accounts/actions/sign-up';
import { COUNTRY_OPTIONS } from '@/lib/accounts/countries';
import { DISPLAY_NAME_MAX } from '@/lib/accounts/limits';
import { initialActionState } from '@/lib/forms/action-state';
import { INTERESTS, interestLabel, LANGUAGE_LABELS, SEEKING_LABELS } from '@/lib/profiles/vocabulary';
import { NewPasswordField } from './NewPasswordField';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const INTEREST_OPTIONS = INTERESTS.map((value) => ({ value, label: interestLabel(value) }));

// In the order of the form, for the error summary. Checkbox groups link to their error text, inside the group.
const FIELDS: SummaryField[] = [
  { name: 'name', label: 'Display name', target: 'signup-name' },
  { name: 'email', label: 'Email', target: 'signup-email' },
  { name: 'password', label: 'Password', target: 'signup-password' },
  { name: 'country', label: 'Country', target: 'signup-country' },
  { name: 'interests', label: 'Interests', target: 'signup-interests-error' },
  { name: 'languages', label: 'Languages', target: 'signup-languages-error' },
  { name: 'offers', label: 'What you can offer', target: 'signup-offers-error' },
  { name: 'adult', label: 'Age', target: 'signup-adult' },
  { name: 'rules', label: 'The program’s rules', target: 'signup-rules' },
];

/** `stamp`: when the page was served, signed (lib/accounts/sign-up-stamp.ts); a form sent faster than a person could is ignored. */
export function SignUpForm({ stamp }: { stamp: string }) {
  // Without JavaScript the browser posts to this URL and the page renders the returned state.
  const [state, action] = useActionState(signUp, initialActionState, '/signup');
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};

  if (state.ok && state.result) return <CheckYourEmail email={state.result.email} />;

  return (
    <form action={action} noValidate className="space-y-6">
      <p className="text-sm text-gray-700">
        Required fields are marked <span className="text-red-800">*</span>.
      </p>
      {state.fieldErrors ? (
        <ErrorSummary
          message={state.message ?? 'Please correct the fields marked below.'}
          errors={errors}
          fields={FIELDS}
        />
      ) : (
        <FormMessage state={state} />
      )}
      <input type="hidden" name="stamp" value={values.stamp ?? stamp} />

      <h2 className="text-xl font-bold">Your account</h2>
      <Field
        id="signup-name"
        name="name"
        label="Display name"
        required
        autoComplete="nickname"
        maxLength={DISPLAY_NAME_MAX}
        hint="Shown to the people you write to and to our staff. Use your first name or a nickname, never an email address."
        defaultValue={values.name}
        errors={errors.name}
      />
      <Field
        id="signup-email"
        name="email"
        type="email"
        label="Email"
        required
        autoComplete="email"
        hint="We send a link to confirm it. The people you write to never see it."
        defaultValue={values.email}
        errors={errors.email}
      />
      <NewPasswordField id="signup-password" label="Password" errors={errors.password} />

      <h2 className="pt-2 text-xl font-bold">About you</h2>
      <Select
        id="signup-country"
        name="country"
        label="Country you live in"
        required
        placeholder="Choose…"
        options={COUNTRY_OPTIONS}
        hint="Our staff use it for postage and time zones. The people you write to do not see it."
        defaultValue={values.country}
        errors={errors.country}
      />
      <ChoiceGroup
        id="signup-interests"
        name="interests"
        legend="Interests"
        required
        hint="Choose at least one. They help you find people you have something in common with."
        options={INTEREST_OPTIONS}
        columns="grid-cols-2"
        checked={values.interests}
        errors={errors.interests}
      />
      <ChoiceGroup
        id="signup-languages"
        name="languages"
        legend="Languages you write in"
        required
        options={options(LANGUAGE_LABELS)}
        columns="grid-cols-2"
        checked={values.languages}
        errors={errors.languages}
      />
      <ChoiceGroup
        id="signup-offers"
        name="offers"
        legend="What you can offer"
        hint="Optional. People inside say what they are looking for; this helps them find you."
        options={options(SEEKING_LABELS)}
        columns="grid-cols-2"
        checked={values.offers}
        errors={errors.offers}
      />
      <h2 className="pt-2 text-xl font-bold">Before you write</h2>
      <div className="space-y-4">
        <Consent id="signup-adult" name="adult" checked={values.adult === 'on'} errors={errors.adult}>
          I am 18 or older
        </Consent>
        <Consent
          id="signup-rules"
          name="rules"
          checked={values.rules === 'on'}
          errors={errors.rules}
          hint={
            <>
              <a href="/safety" target="_blank" rel="noopener">
                Read the rules on our Safety page
              </a>{' '}
              (opens in a new tab).
            </>
          }
        >
          I have read the program’s rules and will keep to them
        </Consent>
      </div>
      <Honeypot id="signup-company" />
      <SubmitButton pendingLabel="Creating your account…">Create my account</SubmitButton>
    </form>
  );
}

type ConsentProps = {
  id: string;
  name: string;
  checked: boolean;
  errors?: string[];
  hint?: React.ReactNode;
  children: React.ReactNode;
};

/** A required checkbox, its label beside it; the hint may hold a link, so it sits outside the label. */
function Consent({ id, name, checked, errors, hint, children }: ConsentProps) {
  const ids = describedBy(id, hint ? 'hint' : undefined, errors);
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          defaultChecked={checked}
          className="mt-1 size-5 shrink-0 accent-brand-700"
          aria-invalid={ids.errorId ? true : undefined}
          aria-describedby={ids.describedBy}
        />
        <label htmlFor={id}>
          {children}
          <RequiredMark />
        </label>
      </div>
      {hint && (
        <p id={ids.hintId} className="mt-1 pl-7 text-sm text-gray-700">
          {hint}
        </p>
      )}
      <div className="pl-7">
        <HintAndErrors errors={errors} errorId={ids.errorId} />
      </div>
    </div>
  );
}

function CheckYourEmail({ email }: { email: string }) {
  return (
    <div className="card space-y-4" role="status">
      <h2 className="text-2xl font-bold">Check your email</h2>
      <p className="text-lg">
        We sent a link to <strong className="break-all">{email}</strong>. Open it within 24 hours and press “Confirm my
        email address”.
      </p>
      <p>
        You can <Link href="/signin">sign in</Link> while you wait: browse the profiles and save favourites straight
        away. Letters go out once your address is confirmed.
      </p>
      <p className="text-sm text-gray-700">
        Nothing after a few minutes? Look in your spam or junk folder. Once you are signed in you can ask for a new
        link.
      </p>
    </div>
  );
}
