'use client';

import { useActionState } from 'react';
import { Select } from '@/components/ui/Choices';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { recordReturn } from '@/lib/letters/actions/returns';
import { RETURN_REASON_LABELS, RETURN_REASONS } from '@/lib/letters/reasons';

const OPTIONS = RETURN_REASONS.map((value) => ({ value, label: RETURN_REASON_LABELS[value] }));

/** A posted letter came back: what the envelope says. Moved or released pauses letters to the profile. */
export function ReturnLetterForm({ letterId, posted }: { letterId: string; posted: boolean }) {
  const [state, action] = useActionState(recordReturn, initialActionState);
  // Once recorded the letter is no longer posted; the form stays mounted only to show its answer.
  if (!posted) return <FormMessage state={state} />;
  const kept = state.ok ? undefined : state.values;
  return (
    // Closed until used; a submission's answer keeps it open, so errors (without JavaScript too) are seen.
    <details open={Boolean(state.message)}>
      <summary className="cursor-pointer text-sm font-semibold">Returned to sender…</summary>
      <form action={action} className="mt-3 max-w-xl space-y-3">
        <input type="hidden" name="letterId" value={letterId} />
        <ErrorSummary
          message="The return was not recorded"
          errors={state.fieldErrors ?? {}}
          fields={[
            { name: 'reason', label: 'Reason', target: `reason-${letterId}` },
            { name: 'note', label: 'Note', target: `return-note-${letterId}` },
          ]}
        />
        {!state.fieldErrors && <FormMessage state={state} />}
        <Select
          id={`reason-${letterId}`}
          name="reason"
          label="Reason"
          hint="As marked on the envelope. Moved or released pauses letters until the profile is checked."
          placeholder="Choose…"
          options={OPTIONS}
          required
          defaultValue={kept?.reason}
          errors={state.fieldErrors?.reason}
        />
        <Field
          id={`return-note-${letterId}`}
          name="note"
          label="Note (optional)"
          maxLength={1000}
          defaultValue={kept?.note}
          errors={state.fieldErrors?.note}
        />
        <SubmitButton className="btn-secondary btn-small" pendingLabel="Recording…">
          Record return
        </SubmitButton>
      </form>
    </details>
  );
}
