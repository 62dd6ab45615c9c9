'use client';

import { useActionState } from 'react';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Field } from '@/components/ui/Field';
import { FormMessage, SubmitButton } from '@/components/ui/FormStatus';
import { initialActionState } from '@/lib/forms/action-state';
import { deliverReply, withholdReply } from '@/lib/letters/actions/held-replies';
import { WITHHOLD_REASON_MAX } from '@/lib/letters/text-limits';

/** A moderator's two choices for a held reply: deliver it, or withhold it with a reason. */
export function HeldReplyForms({ replyId, to }: { replyId: string; to: string }) {
  const [delivered, deliver] = useActionState(deliverReply, initialActionState, `#held-${replyId}`);
  const [withheld, withhold] = useActionState(withholdReply, initialActionState, `#held-${replyId}`);
  const done = delivered.ok ? delivered : withheld.ok ? withheld : null;
  if (done) return <FormMessage state={done} />;
  const errors = withheld.fieldErrors ?? {};
  return (
    <div className="mt-4 grid gap-4 border-t border-gray-200 pt-4 md:grid-cols-2">
      <form action={deliver} className="space-y-2">
        <div className="[&:not(:has(p))]:mb-0">
          <FormMessage state={delivered} />
        </div>
        <input type="hidden" name="replyId" value={replyId} />
        <p className="text-sm">Nothing wrong after all: {to} sees it and is emailed.</p>
        <SubmitButton pendingLabel="Delivering…">Deliver to {to}</SubmitButton>
      </form>
      <form action={withhold} noValidate className="space-y-2">
        {withheld.fieldErrors ? (
          <ErrorSummary
            message="Please give a reason"
            errors={errors}
            fields={[{ name: 'reason', label: 'Reason', target: `withhold-${replyId}` }]}
          />
        ) : (
          <div className="[&:not(:has(p))]:mb-0">
            <FormMessage state={withheld} />
          </div>
        )}
        <input type="hidden" name="replyId" value={replyId} />
        <Field
          id={`withhold-${replyId}`}
          name="reason"
          type="textarea"
          rows={2}
          label="Reason for withholding"
          hint="Kept in the audit log; the pen pal does not see the reply."
          required
          maxLength={WITHHOLD_REASON_MAX}
          defaultValue={withheld.values?.reason}
          errors={errors.reason}
        />
        <SubmitButton className="btn-danger" pendingLabel="Withholding…">
          Withhold
        </SubmitButton>
      </form>
    </div>
  );
}
