'use client';

import { useEffect, useRef } from 'react';
import type { SummaryField } from '@/components/ui/ErrorSummary';
import { FormMessage } from '@/components/ui/FormStatus';
import type { ActionState } from '@/lib/forms/action-state';

/**
 * FormMessage that takes the focus when a submission succeeds, so keyboard and screen-reader users land on the
 * confirmation instead of a button that did something out of sight.
 */
export function FocusedFormMessage({ state, summary }: { state: ActionState<unknown>; summary?: SummaryField[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.ok && state.message) ref.current?.focus();
  }, [state]);
  return (
    // Empty, it stays (a live region must exist before its message) but takes no room in a spaced form.
    <div ref={ref} tabIndex={-1} className="rounded-md outline-offset-4 [&:not(:has(p))]:mb-0">
      <FormMessage state={state} summary={summary} />
    </div>
  );
}
