'use client';

import { useActionState, useEffect, useRef } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { endAllOtherSessions, endOtherSession } from '@/lib/accounts/actions/sessions';
import { initialActionState } from '@/lib/forms/action-state';
import { FocusedFormMessage } from './FocusedFormMessage';

/** "Sign out" beside one other browser in the list; `device` names it for screen readers. */
export function EndSessionForm({ sessionId, device }: { sessionId: string; device: string }) {
  const [state, action] = useActionState(endOtherSession, initialActionState, '/account/security');
  return (
    <form action={action} className="flex shrink-0 flex-col items-start gap-2 sm:items-end">
      <input type="hidden" name="sessionId" value={sessionId} />
      <SubmitButton className="btn-secondary btn-small" pendingLabel="Signing out…">
        Sign out<span className="sr-only"> of {device}</span>
      </SubmitButton>
      {!state.ok && <FormMessage state={state} />}
    </form>
  );
}

export function EndAllOtherSessionsForm() {
  const [state, action] = useActionState(endAllOtherSessions, initialActionState, '/account/security');
  return (
    <form action={action} className="space-y-3">
      <FocusedFormMessage state={state} />
      <SubmitButton className="btn-secondary" pendingLabel="Signing out…">
        Sign out everywhere else
      </SubmitButton>
    </form>
  );
}

/**
 * How many browsers are signed in, as the list's heading. When one is signed out its row (and the button just
 * pressed) goes, so the focus comes here, and the new count is read out.
 */
export function SessionsHeading({ count }: { count: number }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const previous = useRef(count);
  useEffect(() => {
    // Only when the focus went with the button; a confirmation that took it (a password change) keeps it.
    const lost = !document.activeElement || document.activeElement === document.body;
    if (count < previous.current && lost) ref.current?.focus();
    previous.current = count;
  }, [count]);
  return (
    <h2 ref={ref} id="sessions" tabIndex={-1} className="text-2xl font-bold">
      Where you are signed in{' '}
      <span className="text-lg font-normal text-gray-700">
        ({count === 1 ? 'this browser only' : `${count} browsers`})
      </span>
    </h2>
  );
}
