'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { ChoiceGroup } from '@/components/ui/Choices';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { startWritingAgain, stopWriting } from '@/lib/letters/actions/threads';
import { STOP_NOTE_MAX } from '@/lib/letters/text-limits';
import { STOP_REASON_LABELS, STOP_REASONS } from '@/lib/letters/threads';

const REASONS = STOP_REASONS.map((reason) => ({ value: reason, label: STOP_REASON_LABELS[reason] }));

/**
 * Stop writing to someone, with a reason; the program sends them a closing letter. `stopped`: the thread is closed
 * already, as it is when the page renders again after this form's own submission without JavaScript.
 */
export function StopWritingForm({ threadId, name, stopped }: { threadId: string; name: string; stopped: boolean }) {
  const [state, action] = useActionState(stopWriting, initialActionState);
  const errors = state.fieldErrors ?? {};
  if (state.ok || stopped)
    return (
      <div className="card space-y-3">
        {state.ok ? <FormMessage state={state} /> : <p>You have already stopped writing to {name}.</p>}
        <p>
          <Link href={`/inbox/${threadId}`}>Back to your letters with {name}</Link>
        </p>
      </div>
    );
  return (
    <form action={action} noValidate className="card space-y-4">
      {state.fieldErrors ? (
        <ErrorSummary
          errors={errors}
          fields={[
            { name: 'reason', label: 'Reason', target: 'stop-reason-error' },
            { name: 'note', label: 'Note', target: 'stop-note' },
          ]}
        />
      ) : (
        <div className="[&:not(:has(p))]:mb-0">
          <FormMessage state={state} />
        </div>
      )}
      <input type="hidden" name="threadId" value={threadId} />
      <ChoiceGroup
        id="stop-reason"
        name="reason"
        type="radio"
        legend="Why are you stopping?"
        hint={`Only our staff see your reason; the letter to ${name} does not give it.`}
        required
        columns=""
        options={REASONS}
        checked={state.values?.reason}
        errors={errors.reason}
      />
      <Field
        id="stop-note"
        name="note"
        type="textarea"
        rows={3}
        label="Anything else we should know (optional)"
        maxLength={STOP_NOTE_MAX}
        defaultValue={state.values?.note}
        errors={errors.note}
      />
      <SubmitButton className="btn-danger" pendingLabel="Stopping…">
        Stop writing to {name}
      </SubmitButton>
    </form>
  );
}

export function StartWritingAgainForm({ threadId }: { threadId: string }) {
  const [state, action] = useActionState(startWritingAgain, initialActionState);
  return (
    <form action={action} className="mt-3 space-y-2">
      <div className="[&:not(:has(p))]:mb-0">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="threadId" value={threadId} />
      <SubmitButton className="btn-secondary btn-small" pendingLabel="Reopening…">
        Start writing again
      </SubmitButton>
    </form>
  );
}
