'use client';

import { useActionState, useId } from 'react';
import { ReportFields } from '@/components/reports/ReportFields';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { Honeypot } from '@/components/ui/Honeypot';
import { initialActionState } from '@/lib/forms/action-state';
import { REPORT_REASON_LABELS, REPORT_REASONS } from '@/lib/reports/reasons';
import { reportProfile } from '@/lib/reports/actions';

const REASON_OPTIONS = REPORT_REASONS.map((reason) => ({ value: reason, label: REPORT_REASON_LABELS[reason] }));

/** "Report this profile": a disclosure holding the form, open again whenever a submission comes back. */
export function ReportForm({ profileId }: { profileId: string }) {
  // Without JavaScript the browser posts to this page and lands back on the form, not at the top.
  const [state, action] = useActionState(reportProfile, initialActionState, '#report');
  const id = useId();
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};

  return (
    <details id="report" open={Boolean(state.message)}>
      <summary className="btn-secondary btn-small cursor-pointer">Report this profile</summary>
      <div className="mt-4 space-y-4">
        <FormMessage
          state={state}
          summary={[
            { name: 'reason', label: 'What is wrong', target: `${id}-reason-error` },
            { name: 'details', label: 'Details', target: `${id}-details` },
            { name: 'reporterName', label: 'Your name', target: `${id}-name` },
            { name: 'reporterEmail', label: 'Your email', target: `${id}-email` },
          ]}
        />
        {!state.ok && (
          <form action={action} noValidate className="space-y-4">
            <input type="hidden" name="profileId" value={profileId} />
            <p className="text-sm text-gray-700">
              Staff read every report. Required fields are marked <span className="text-red-800">*</span>
            </p>
            <ReportFields
              id={id}
              legend="What is wrong?"
              reasons={REASON_OPTIONS}
              details={{
                label: 'Details',
                hint: 'What you noticed and, if you know, what is correct.',
                required: true,
                rows: 5,
              }}
              values={values}
              errors={errors}
            />
            <Field
              id={`${id}-name`}
              name="reporterName"
              label="Your name (optional)"
              autoComplete="name"
              maxLength={100}
              defaultValue={values.reporterName}
              errors={errors.reporterName}
            />
            <Field
              id={`${id}-email`}
              name="reporterEmail"
              type="email"
              label="Your email (optional)"
              hint="Only our staff see this; we use it only to follow up."
              autoComplete="email"
              defaultValue={values.reporterEmail}
              errors={errors.reporterEmail}
            />
            <Honeypot id={`${id}-company`} />
            <SubmitButton pendingLabel="Sending…">Send report</SubmitButton>
          </form>
        )}
      </div>
    </details>
  );
}
