'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { ReportFields } from '@/components/reports/ReportFields';
import { ConfirmationPanel } from '@/components/ui/ConfirmationPanel';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { Honeypot } from '@/components/ui/Honeypot';
import { initialActionState } from '@/lib/forms/action-state';
import { reportComment } from '@/lib/reports/actions';
import { COMMENT_REPORT_REASON_LABELS, COMMENT_REPORT_REASONS } from '@/lib/reports/reasons';

const REASON_OPTIONS = COMMENT_REPORT_REASONS.map((reason) => ({
  value: reason,
  label: COMMENT_REPORT_REASON_LABELS[reason],
}));

/** A reader's report about one published comment; `back` is the comment's place on its article. */
export function CommentReportForm({ commentId, back }: { commentId: string; back: string }) {
  const [state, action] = useActionState(reportComment, initialActionState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};

  if (state.ok)
    return (
      <ConfirmationPanel title="Report sent">
        <p>{state.message}</p>
        <p>
          <Link href={back}>Back to the article</Link>
        </p>
      </ConfirmationPanel>
    );
  return (
    <form action={action} noValidate className="card space-y-4">
      {/* Empty, the live region stays (it must exist before its message) but takes no room. */}
      <div className="[&:not(:has(p,h2))]:mb-0">
        <FormMessage
          state={state}
          summary={[
            { name: 'reason', label: 'What is wrong', target: 'report-reason-error' },
            { name: 'details', label: 'Details', target: 'report-details' },
          ]}
        />
      </div>
      <input type="hidden" name="commentId" value={commentId} />
      <p className="text-sm text-gray-700">
        A moderator reads every report. Your report is anonymous: the writer is not told who sent it.
      </p>
      <ReportFields
        id="report"
        legend="What is wrong with this comment?"
        reasons={REASON_OPTIONS}
        details={{
          label: 'Details (optional)',
          hint: 'Anything that helps the moderator understand the problem.',
          required: false,
          rows: 4,
        }}
        values={values}
        errors={errors}
      />
      <Honeypot id="report-company" />
      <SubmitButton pendingLabel="Sending…">Send report</SubmitButton>
    </form>
  );
}
