'use client';

import { useFormStatus } from 'react-dom';
import type { ActionState } from '@/lib/forms/action-state';

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

/** The form-level message, announced to screen readers when it changes. */
export function FormMessage({ state }: { state: ActionState<unknown> }) {
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
