'use client';

import { useActionState, useEffect, useRef, useSyncExternalStore } from 'react';
import { FormMessage } from '@/components/ui/FormStatus';
import { moderateComments } from '@/lib/comments/actions';
import { initialActionState } from '@/lib/forms/action-state';

/**
 * One form around the whole queue: row buttons act on their comment, the bulk bar on the ticked ones. Deleting for
 * ever asks first, and spam, trash and "not spam" can be undone from the message (each a small form of its own,
 * before the queue, so it works without JavaScript and never moves a row's buttons under the pointer).
 */
export function ModerationForm({
  bulkOps,
  empty,
  children,
}: {
  bulkOps: { value: string; label: string }[];
  /** The queue has no comments: no bulk bar, only the answer to the last step. */
  empty: boolean;
  children: React.ReactNode;
}) {
  const [state, action, pending] = useActionState(moderateComments, initialActionState);
  const errors = state.fieldErrors ?? {};
  const confirm = !state.ok ? state.result?.confirm : undefined;
  const undo = state.ok ? state.result?.undo : undefined;
  const queue = useRef<HTMLFormElement>(null);
  return (
    <div className="space-y-4">
      {confirm ? (
        <Answer key={state.message} tone="danger">
          <form action={action} className="space-y-3">
            <p className="font-semibold">{state.message}</p>
            <input type="hidden" name="op" value="bulk" />
            <input type="hidden" name="bulkOp" value="delete" />
            <input type="hidden" name="confirmed" value="yes" />
            {confirm.ids.map((id) => (
              <input key={id} type="hidden" name="ids" value={id} />
            ))}
            <div className="flex flex-wrap gap-2">
              <button type="submit" className="btn-danger btn-small" disabled={pending}>
                Yes, delete for ever
              </button>
              <a href="" className="btn-secondary btn-small">
                Cancel
              </a>
            </div>
          </form>
        </Answer>
      ) : undo ? (
        <Answer key={state.message} tone="done">
          <form action={action} className="flex flex-wrap items-center gap-3">
            <p>{state.message}</p>
            <input type="hidden" name="op" value="bulk" />
            <input type="hidden" name="bulkOp" value={undo.op} />
            {undo.ids.map((id) => (
              <input key={id} type="hidden" name="ids" value={id} />
            ))}
            <button type="submit" className="btn-secondary btn-small" disabled={pending}>
              Undo
            </button>
          </form>
        </Answer>
      ) : (
        <FormMessage state={errors.bulkOp ? { ok: false } : state} />
      )}
      <form ref={queue} action={action} className="space-y-4" aria-busy={pending}>
        <div className="flex flex-wrap items-end gap-2 rounded-md bg-white p-3 shadow-sm" hidden={empty}>
          <SelectAll form={queue} />
          <div>
            <label htmlFor="bulkOp" className="label text-sm">
              Bulk action for selected comments
            </label>
            <select
              id="bulkOp"
              name="bulkOp"
              className="input py-1.5"
              aria-describedby={errors.bulkOp ? 'bulk-error' : undefined}
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
          {errors.bulkOp && (
            <p id="bulk-error" className="field-error w-full">
              {errors.bulkOp.join(' ')}
            </p>
          )}
        </div>
        {children}
      </form>
    </div>
  );
}

/** The answer to a step, focused when it appears so a keyboard or screen reader user meets it first. */
function Answer({ tone, children }: { tone: 'danger' | 'done'; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={tone === 'danger' ? 'alert' : 'status'}
      className={
        tone === 'danger'
          ? 'rounded-md border-2 border-red-800 bg-red-50 px-4 py-3 text-red-900'
          : 'rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-900'
      }
    >
      {children}
    </div>
  );
}

const subscribeToNothing = () => () => {};

/** "Select all" ticks every row's box; it needs JavaScript, so it only appears once that runs. */
function SelectAll({ form }: { form: React.RefObject<HTMLFormElement | null> }) {
  const ready = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  if (!ready) return null;
  return (
    <label className="flex items-center gap-2 self-center pr-2 text-sm font-semibold">
      <input
        type="checkbox"
        className="size-5 accent-brand-700"
        onChange={(event) => {
          const boxes = form.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="ids"]') ?? [];
          for (const box of boxes) box.checked = event.currentTarget.checked;
        }}
      />
      Select all
    </label>
  );
}
