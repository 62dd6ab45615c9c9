'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field, HintAndErrors, describedBy } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { recordReply } from '@/lib/letters/actions/intake';
import { REPLY_BODY_MAX } from '@/lib/letters/text-limits';

const FIELDS = [
  { name: 'code', label: 'Reply code', target: 'reply-code' },
  { name: 'body', label: 'Text of the reply', target: 'reply-body' },
  { name: 'scans', label: 'Scanned pages', target: 'reply-scans' },
  { name: 'receivedOn', label: 'Date received', target: 'reply-received' },
];

/** Records a reply for the thread the code names. Multipart, so it works without JavaScript, files and all. */
export function RecordReplyForm({ code, today }: { code: string; today: string }) {
  const path = `/admin/letters/intake?code=${encodeURIComponent(code)}`;
  const [state, action] = useActionState(recordReply, initialActionState, path);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const scans = describedBy('reply-scans', 'JPEG, PNG or PDF, up to 10 MB each and 10 files.', errors.scans);

  if (state.ok)
    return (
      <div className="card space-y-3">
        <FormMessage state={state} />
        <p>
          <Link href="/admin/letters/intake" className="btn-primary no-underline">
            Record another reply
          </Link>
        </p>
      </div>
    );
  return (
    <form action={action} noValidate encType="multipart/form-data" className="card space-y-4">
      {state.fieldErrors ? (
        <ErrorSummary message="The reply was not recorded" errors={errors} fields={FIELDS} />
      ) : (
        <div className="[&:not(:has(p))]:mb-0">
          <FormMessage state={state} />
        </div>
      )}
      <input type="hidden" name="code" value={code} />
      <Field
        id="reply-body"
        name="body"
        type="textarea"
        rows={10}
        label="Text of the reply"
        hint="Type what the letter says, or leave this empty and attach the scanned pages (or both)."
        maxLength={REPLY_BODY_MAX}
        defaultValue={values.body}
        errors={errors.body}
      />
      <div>
        <label htmlFor="reply-scans" className="label">
          Scanned pages
        </label>
        <input
          id="reply-scans"
          name="scans"
          type="file"
          multiple
          accept="image/jpeg,image/png,application/pdf"
          className="input"
          aria-invalid={scans.errorId ? true : undefined}
          aria-describedby={scans.describedBy}
        />
        <HintAndErrors
          hint="JPEG, PNG or PDF, up to 10 MB each and 10 files."
          hintId={scans.hintId}
          errors={errors.scans}
          errorId={scans.errorId}
        />
      </div>
      <Field
        id="reply-received"
        name="receivedOn"
        type="date"
        label="Date received"
        required
        hint="The day the envelope reached the PO box."
        defaultValue={values.receivedOn ?? today}
        errors={errors.receivedOn}
      />
      <SubmitButton pendingLabel="Recording…">Record the reply</SubmitButton>
    </form>
  );
}
