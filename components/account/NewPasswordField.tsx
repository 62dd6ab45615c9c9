'use client';

import { useState, useSyncExternalStore } from 'react';
import { Field } from '@/components/ui/Field';

const subscribeToNothing = () => () => {};

// The rules lib/auth/password-policy.ts applies, in a sentence.
const POLICY =
  'At least 12 characters, hard to guess, and without your name or email address in it. A few unrelated words make a strong one.';

/** A password being chosen, with a "Show password" switch once JavaScript runs (without it the switch could not work). */
export function NewPasswordField({
  id,
  label,
  hint = POLICY,
  errors,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
}) {
  const [shown, setShown] = useState(false);
  const interactive = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return (
    <div>
      <Field
        id={id}
        name="password"
        type={shown ? 'text' : 'password'}
        label={label}
        required
        autoComplete="new-password"
        hint={hint}
        errors={errors}
      />
      {interactive && (
        <button
          type="button"
          className="btn-secondary btn-small mt-2"
          aria-controls={id}
          aria-pressed={shown}
          onClick={() => setShown(!shown)}
        >
          Show password
        </button>
      )}
    </div>
  );
}
