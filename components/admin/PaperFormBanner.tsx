'use client';

import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { confirmConsent, stopThreadOnRequest } from '@/lib/paper-forms/actions';
import { PAPER_REQUEST_LABELS, PAPER_REQUEST_STEPS, type PaperRequest } from '@/lib/paper-forms/requests';

/** Shown on a profile opened from /admin/forms: what the paper form asked for and what to do about it. */
export function PaperFormBanner({ profileId, request }: { profileId: string; request: PaperRequest }) {
  const [state, action] = useActionState(confirmConsent, initialActionState);
  return (
    <section
      className="mt-4 rounded-md border-2 border-brand-700 bg-brand-50 p-4"
      aria-labelledby="paper-form-title"
      tabIndex={-1}
    >
      <h2 id="paper-form-title" className="text-xl font-bold">
        Paper form: “{PAPER_REQUEST_LABELS[request]}”
      </h2>
      <p className="mt-1">{PAPER_REQUEST_STEPS[request]}</p>
      {(request === 'consent' || request === 'renew') && (
        <form action={action} className="mt-3 space-y-2">
          <input type="hidden" name="profileId" value={profileId} />
          <FormMessage state={state} />
          <SubmitButton className="btn-secondary" pendingLabel="Saving…">
            Record consent as confirmed today
          </SubmitButton>
        </form>
      )}
    </section>
  );
}

/** The person inside asked on paper for a pen pal's letters to stop. */
export function StopThreadOnRequestForm({
  threadId,
  penPal,
  person,
}: {
  threadId: string;
  penPal: string;
  person: string;
}) {
  const [state, action] = useActionState(stopThreadOnRequest, initialActionState);
  return (
    <form action={action} className="mt-3 space-y-2">
      <input type="hidden" name="threadId" value={threadId} />
      <FormMessage state={state} />
      {!state.ok && (
        <>
          <p>
            {PAPER_REQUEST_STEPS['stop-pen-pal']} {person} gets no closing letter: they asked for this.
          </p>
          <SubmitButton className="btn-danger" pendingLabel="Stopping…">
            Stop the letters from {penPal}
          </SubmitButton>
        </>
      )}
    </form>
  );
}
