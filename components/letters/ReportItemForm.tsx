'use client';

import { useActionState, useId } from 'react';
import { ReportFields } from '@/components/reports/ReportFields';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { reportThreadItem } from '@/lib/letters/actions/threads';
import { REPORT_REASON_LABELS, REPORT_REASONS } from '@/lib/reports/reasons';

const REASONS = REPORT_REASONS.filter((reason) => reason !== 'victim-request').map((reason) => ({
  value: reason,
  label: REPORT_REASON_LABELS[reason],
}));

/** "Report" under a letter or reply: a disclosure holding the form, open again whenever a submission comes back. */
export function ReportItemForm({ item, what }: { item: { letterId: string } | { replyId: string }; what: string }) {
  const id = useId();
  const anchor = `report-${'letterId' in item ? item.letterId : item.replyId}`;
  const [state, action] = useActionState(reportThreadItem, initialActionState, `#${anchor}`);
  const errors = state.fieldErrors ?? {};
  return (
    <details id={anchor} open={Boolean(state.message)} className="mt-3">
      <summary className="cursor-pointer text-sm text-brand-700 underline">Report this {what}</summary>
      <div className="mt-3 space-y-3">
        {state.fieldErrors ? (
          <ErrorSummary
            errors={errors}
            fields={[
              { name: 'reason', label: 'Reason', target: `${id}-reason-error` },
              { name: 'details', label: 'Details', target: `${id}-details` },
            ]}
          />
        ) : (
          <div className="[&:not(:has(p))]:mb-0">
            <FormMessage state={state} />
          </div>
        )}
        {!state.ok && (
          <form action={action} noValidate className="space-y-3">
            {'letterId' in item ? (
              <input type="hidden" name="letterId" value={item.letterId} />
            ) : (
              <input type="hidden" name="replyId" value={item.replyId} />
            )}
            <ReportFields
              id={id}
              legend="What is wrong?"
              reasons={REASONS}
              details={{ label: 'Details', hint: 'Our staff read it with the text attached.', required: true, rows: 3 }}
              values={state.values ?? {}}
              errors={errors}
            />
            <SubmitButton className="btn-secondary btn-small" pendingLabel="Sending…">
              Send report
            </SubmitButton>
          </form>
        )}
      </div>
    </details>
  );
}
