'use client';

import { useFormStatus } from 'react-dom';
import type { ActionState } from '@/lib/forms/action-state';
import { ErrorSummary, type SummaryField } from './ErrorSummary';

export function SubmitButton({
  children,
  pendingLabel,
  className = 'btn-primary',
}: {
  children: React.ReactNode;
  pendingLabel?: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? 'Sending…') : children}
    </button>
  );
}

/**
 * The form-level message, announced to screen readers when it changes. Given the form's fields (`summary`), field
 * errors are shown as the error summary instead: "There is a problem", every error linked to its field.
 */
export function FormMessage({ state, summary }: { state: ActionState<unknown>; summary?: SummaryField[] }) {
  if (summary && state.fieldErrors && Object.keys(state.fieldErrors).length > 0)
    return <ErrorSummary message={state.message} errors={state.fieldErrors} fields={summary} />;
  return (
    <div aria-live="polite" role="status">
      {state.message && (
        <p
          className={
            state.ok
              ? 'rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900'
              : 'rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900'
          }
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
