'use client';

import { useActionState, useEffect, useRef } from 'react';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { FormMessage } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { reviewProfile } from '@/lib/profiles/actions/review';
import { AWAITING_REVIEW, type ProfileStatus } from '@/lib/profiles/status-groups';
import { REVIEW_LABELS, type ReviewOp } from '@/lib/profiles/review-ops';

const DANGER = new Set<ReviewOp>(['reject', 'take_down']);

/** One form, one button per review step; the reason box serves whichever step needs one. */
export function ReviewActions({
  profileId,
  status,
  ops,
}: {
  profileId: string;
  status: ProfileStatus;
  ops: ReviewOp[];
}) {
  const [state, action, pending] = useActionState(reviewProfile, initialActionState);
  const confirming = !state.ok ? state.result?.confirm : undefined;
  // Approving applies to a profile awaiting review or a closed one (listing.ts): for a closed one it is a relisting.
  const waiting = AWAITING_REVIEW.includes(status);
  const label = (op: ReviewOp) => (op === 'approve' && !waiting ? 'Relist' : REVIEW_LABELS[op]);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="seenStatus" value={status} />
      {confirming ? (
        <ConfirmStep
          key={`${confirming}-${state.message}`}
          question={state.message ?? ''}
          op={confirming}
          label={`Yes, ${REVIEW_LABELS[confirming].toLowerCase()}`}
          pending={pending}
        />
      ) : state.fieldErrors ? (
        <ErrorSummary
          message={state.message}
          errors={state.fieldErrors}
          fields={[{ name: 'reason', label: 'Reason or note', target: 'reason' }]}
        />
      ) : (
        <FormMessage state={state} />
      )}
      <Field
        id="reason"
        name="reason"
        type="textarea"
        rows={3}
        label="Reason or note"
        hint="Needed to reject, request changes or take down. The submitter is sent it for rejections and requested changes."
        maxLength={1000}
        defaultValue={state.ok ? '' : state.values?.reason}
        errors={state.fieldErrors?.reason}
      />
      <div className="flex flex-wrap gap-2">
        {ops.map((op) => (
          <button
            key={op}
            type="submit"
            name="op"
            value={op}
            disabled={pending}
            className={
              op === 'approve' || op === 'renew' ? 'btn-primary' : DANGER.has(op) ? 'btn-danger' : 'btn-secondary'
            }
          >
            {label(op)}
          </button>
        ))}
      </div>
    </form>
  );
}

/** The question a step asks before it acts: confirming sends the form again, reason and all, with confirmed=yes. */
function ConfirmStep({
  question,
  op,
  label,
  pending,
}: {
  question: string;
  op: ReviewOp;
  label: string;
  pending: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby="confirm-step-question"
      className="rounded-md border-2 border-red-800 bg-red-50 p-4"
    >
      <p id="confirm-step-question" className="font-semibold text-red-900">
        {question}
      </p>
      <input type="hidden" name="confirmed" value="yes" />
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="submit" name="op" value={op} disabled={pending} className="btn-danger">
          {label}
        </button>
        <a href="" className="btn-secondary">
          Cancel
        </a>
      </div>
    </div>
  );
}
