'use client';

import { useActionState } from 'react';
import { Select } from '@/components/ui/Choices';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { FormMessage } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { screenLetter } from '@/lib/letters/actions/screen';
import { SCREENING_REASON_LABELS, SCREENING_REASONS } from '@/lib/letters/reasons';
import type { LetterStatus } from '@/lib/letters/status';

const REASON_OPTIONS = SCREENING_REASONS.map((value) => ({ value, label: SCREENING_REASON_LABELS[value] }));

/** Approve, send back or reject one letter; the reason and note serve the two that need them. */
export function ScreenLetterForm({ letterId, status }: { letterId: string; status: LetterStatus }) {
  const [state, action, pending] = useActionState(screenLetter, initialActionState);
  const kept = state.ok ? undefined : state.values;
  return (
    <form action={action} className="space-y-3" aria-busy={pending}>
      <input type="hidden" name="letterId" value={letterId} />
      <input type="hidden" name="seenStatus" value={status} />
      <ErrorSummary
        message="The decision was not recorded"
        errors={state.fieldErrors ?? {}}
        fields={[
          { name: 'reasonCode', label: 'Reason', target: `reasonCode-${letterId}` },
          { name: 'note', label: 'Note to the pen pal', target: `note-${letterId}` },
        ]}
      />
      {!state.fieldErrors && <FormMessage state={state} />}
      <div className="grid gap-3 md:grid-cols-2">
        <Select
          id={`reasonCode-${letterId}`}
          name="reasonCode"
          label="Reason"
          hint="Needed to send back or reject."
          placeholder="Choose a reason…"
          options={REASON_OPTIONS}
          defaultValue={kept?.reasonCode}
          errors={state.fieldErrors?.reasonCode}
        />
        <Field
          id={`note-${letterId}`}
          name="note"
          type="textarea"
          rows={2}
          label="Note to the pen pal"
          hint="They read it as written. Say what to change."
          maxLength={1000}
          defaultValue={kept?.note}
          errors={state.fieldErrors?.note}
        />
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="op" value="approve" disabled={pending} className="btn-primary">
          Approve
        </button>
        <button type="submit" name="op" value="request_changes" disabled={pending} className="btn-secondary">
          Send back for changes
        </button>
        <button type="submit" name="op" value="reject" disabled={pending} className="btn-danger">
          Reject
        </button>
      </div>
    </form>
  );
}
