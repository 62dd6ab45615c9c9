'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/FormStatus';
import { moderateComments } from '@/lib/comments/actions';
import { initialActionState } from '@/lib/forms/action-state';

/** One form around the whole queue: row buttons act on their comment, the bulk bar on the ticked ones. */
export function ModerationForm({
  bulkOps,
  children,
}: {
  bulkOps: { value: string; label: string }[];
  children: React.ReactNode;
}) {
  const [state, action, pending] = useActionState(moderateComments, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="space-y-4" aria-busy={pending}>
      <FormMessage state={state} />
      <div className="flex flex-wrap items-end gap-2 rounded-md bg-white p-3 shadow-sm">
        <div>
          <label htmlFor="bulkOp" className="label text-sm">
            Bulk action for selected comments
          </label>
          <select
            id="bulkOp"
            name="bulkOp"
            className="input py-1.5"
            aria-describedby={errors.bulkOp || errors.ids ? 'bulk-error' : undefined}
          >
            <option value="">Choose…</option>
            {bulkOps.map((op) => (
              <option key={op.value} value={op.value}>
                {op.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="op" value="bulk" className="btn-secondary btn-small">
          Apply
        </button>
        {(errors.bulkOp || errors.ids) && (
          <p id="bulk-error" className="field-error w-full">
            {[...(errors.bulkOp ?? []), ...(errors.ids ?? [])].join(' ')}
          </p>
        )}
      </div>
      {children}
    </form>
  );
}
