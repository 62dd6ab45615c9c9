'use client';

import { useActionState } from 'react';
import { Select } from '@/components/ui/Choices';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { REPORT_NOTE_MAX, REPORT_OUTCOME_LABELS, type ReportOutcome } from '@/lib/reports/outcomes';
import { reopenReport, resolveReport } from '@/lib/reports/actions';

/**
 * Records what staff did about an open report, from the outcomes that fit its kind (a comment's are applied to the
 * comment). `about` names the profile or comment for screen-reader users.
 */
export function ResolveReportForm({
  reportId,
  about,
  outcomes,
}: {
  reportId: string;
  about: string;
  outcomes: readonly ReportOutcome[];
}) {
  const [state, action] = useActionState(resolveReport, initialActionState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={action} noValidate className="mt-4 space-y-3 border-t border-gray-200 pt-4">
      <input type="hidden" name="reportId" value={reportId} />
      <FormMessage
        state={state}
        summary={[
          { name: 'outcome', label: 'Outcome', target: `outcome-${reportId}` },
          { name: 'note', label: 'Note', target: `note-${reportId}` },
        ]}
      />
      <div className="grid gap-3 sm:grid-cols-[16rem_1fr]">
        <Select
          id={`outcome-${reportId}`}
          name="outcome"
          label="Outcome"
          required
          placeholder="Choose…"
          options={outcomes.map((outcome) => ({ value: outcome, label: REPORT_OUTCOME_LABELS[outcome] }))}
          defaultValue={values.outcome}
          errors={errors.outcome}
        />
        <Field
          id={`note-${reportId}`}
          name="note"
          type="textarea"
          rows={2}
          label="Note (kept on record)"
          maxLength={REPORT_NOTE_MAX}
          defaultValue={values.note}
          errors={errors.note}
        />
      </div>
      <SubmitButton className="btn-primary btn-small" pendingLabel="Saving…">
        Resolve<span className="sr-only"> report about {about}</span>
      </SubmitButton>
    </form>
  );
}

export function ReopenReportForm({ reportId, about }: { reportId: string; about: string }) {
  const [state, action] = useActionState(reopenReport, initialActionState);
  return (
    <form action={action} className="mt-3 space-y-3">
      <input type="hidden" name="reportId" value={reportId} />
      <FormMessage state={state} />
      <SubmitButton className="btn-secondary btn-small" pendingLabel="Reopening…">
        Reopen<span className="sr-only"> report about {about}</span>
      </SubmitButton>
    </form>
  );
}
