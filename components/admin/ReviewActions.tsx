'use client';

import { useActionState } from 'react';
import { Field } from '@/components/ui/Field';
import { FormMessage } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { reviewProfile } from '@/lib/profiles/actions/review';
import type { ProfileStatus } from '@/lib/profiles/listing';
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
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="seenStatus" value={status} />
      <FormMessage state={state} />
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
            {REVIEW_LABELS[op]}
          </button>
        ))}
      </div>
    </form>
  );
}
