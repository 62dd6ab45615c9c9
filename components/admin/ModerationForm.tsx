'use client';

import { useActionState, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { FormMessage } from '@/components/ui/FormStatus';
import { moderateComments, type ModerationFollowUp } from '@/lib/comments/actions';
import { PAST_TENSE, UNDO_OF } from '@/lib/comments/moderation-rules';
import { keepPlaces } from '@/lib/comments/queue-places';
import type { ModerationOp } from '@/lib/comments/schema';
import { type ActionState, initialActionState } from '@/lib/forms/action-state';

/** A row of the queue as the page renders it: its buttons submit `op=<step>:<id>` to the form around them all. */
export type QueueRow = { id: string; authorName: string; node: React.ReactNode };

type State = ActionState<ModerationFollowUp>;
/** A row that left the queue, shown in its place with what was done and its Undo (`node`: its last look, with JS). */
type GoneRow = { id: string; op: ModerationOp; authorName: string; node?: React.ReactNode };
type Places = { state: State; rows: QueueRow[]; order: string[]; gone: Map<string, GoneRow> };

/** Each answer adds the rows it moved out to those kept in place; without JavaScript only the last answer's are. */
function placesAfter(before: Places | null, state: State, rows: QueueRow[]): Places {
  const gone = new Map(before?.gone);
  const done = state.result?.done;
  if (done && before?.state !== state) {
    for (const { id, authorName } of done.rows) {
      const node = (rows.find((row) => row.id === id) ?? before?.rows.find((row) => row.id === id))?.node;
      gone.set(id, { id, op: done.op, authorName, node: node ?? before?.gone.get(id)?.node });
    }
  }
  const order = keepPlaces(
    before?.order ?? done?.shown ?? [],
    rows.map((row) => row.id),
    new Set(gone.keys()),
  );
  return { state, rows, order, gone };
}

/**
 * One form around the whole queue: row buttons act on their comment, the bulk bar on the ticked ones. A row acted on
 * keeps its place, saying what was done, with Undo for spam, trash and "not spam", so no other row's buttons move
 * under the pointer; a bulk step is answered above the queue with one Undo for all. Deleting for ever asks first.
 * Every answer is a plain form submission, so all of it works without JavaScript.
 */
export function ModerationForm({
  bulkOps,
  rows,
  emptyText,
}: {
  bulkOps: { value: string; label: string }[];
  rows: QueueRow[];
  emptyText: string;
}) {
  const [state, action, pending] = useActionState(moderateComments, initialActionState);
  const [remembered, remember] = useState(() => placesAfter(null, state, rows));
  const places =
    remembered.state === state && remembered.rows === rows ? remembered : placesAfter(remembered, state, rows);
  if (places !== remembered) remember(places);
  const errors = state.fieldErrors ?? {};
  const confirm = !state.ok ? state.result?.confirm : undefined;
  const done = state.ok ? state.result?.done : undefined;
  const undo = state.ok ? state.result?.undo : undefined;
  const queue = useRef<HTMLFormElement>(null);
  const byId = new Map(rows.map((row) => [row.id, row]));

  useEffect(() => {
    // A row's own step is answered in the row: the keyboard stays there, and the page does not scroll.
    if (done && !done.bulk) document.getElementById(`done-${done.rows[0]?.id}`)?.focus({ preventScroll: true });
  }, [done]);

  // Where the rows began when a row's button was pressed. A message above them that goes (an earlier hint or bulk
  // answer) would pull every row up under the pointer, so the spacer takes its room until the next bulk step.
  const spacer = useRef<HTMLDivElement>(null);
  const rowsTop = useRef<number | null>(null);
  const rowsTopNow = () => (spacer.current ? spacer.current.getBoundingClientRect().bottom + window.scrollY : 0);
  useLayoutEffect(() => {
    const box = spacer.current;
    if (!box) return;
    if (!done || done.bulk || rowsTop.current === null) box.style.height = '';
    else box.style.height = `${box.offsetHeight + Math.max(0, rowsTop.current - rowsTopNow())}px`;
    rowsTop.current = null;
  }, [state, done]);

  const shownInputs = places.order.map((id) => <input key={id} type="hidden" name="shown" value={id} />);
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
            {shownInputs}
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
      ) : done && !done.bulk ? (
        // Said to screen readers only: shown above the queue it would push every row down under the pointer.
        <div role="status">
          <p className="sr-only">{state.message}</p>
        </div>
      ) : undo ? (
        <Answer key={state.message} tone="done">
          <form action={action} className="flex flex-wrap items-center gap-3">
            <p>{state.message}</p>
            <input type="hidden" name="op" value="bulk" />
            <input type="hidden" name="bulkOp" value={undo.op} />
            {undo.ids.map((id) => (
              <input key={id} type="hidden" name="ids" value={id} />
            ))}
            {shownInputs}
            <button type="submit" className="btn-secondary btn-small" disabled={pending}>
              Undo
            </button>
          </form>
        </Answer>
      ) : (
        <FormMessage state={errors.bulkOp ? { ok: false } : state} />
      )}
      <form
        ref={queue}
        action={action}
        className="space-y-4"
        aria-busy={pending}
        onSubmit={(event) => {
          const submitter = (event.nativeEvent as SubmitEvent).submitter;
          rowsTop.current = submitter?.getAttribute('value')?.includes(':') ? rowsTopNow() : null;
        }}
      >
        <div
          className="flex flex-wrap items-end gap-2 rounded-md bg-white p-3 shadow-sm"
          hidden={places.order.length === 0}
        >
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
        {shownInputs}
        <div ref={spacer} aria-hidden="true" className="m-0" />
        {places.order.length === 0 ? (
          <p className="card">{emptyText}</p>
        ) : (
          <ol className="space-y-4">
            {places.order.map((id) => {
              const row = byId.get(id);
              if (row)
                return (
                  <li key={id} className="card">
                    {row.node}
                  </li>
                );
              const gone = places.gone.get(id);
              return gone ? <DoneRow key={id} gone={gone} pending={pending} /> : null;
            })}
          </ol>
        )}
      </form>
    </div>
  );
}

/** A row moved out of the queue: what was done, and Undo where it can be, over the row's last look (with JS). */
function DoneRow({ gone, pending }: { gone: GoneRow; pending: boolean }) {
  const undo = UNDO_OF[gone.op];
  const answer = (
    <div
      id={`done-${gone.id}`}
      tabIndex={-1}
      className="flex flex-wrap items-center gap-3 rounded-md border border-green-700 bg-green-50 px-4 py-2 text-green-900"
    >
      <p>
        Comment by {gone.authorName}: {PAST_TENSE[gone.op]}.
      </p>
      {undo && (
        <button
          type="submit"
          name="op"
          value={`${undo}:${gone.id}`}
          className="btn-secondary btn-small"
          disabled={pending}
        >
          Undo<span className="sr-only"> for the comment by {gone.authorName}</span>
        </button>
      )}
    </div>
  );
  if (!gone.node) return <li className="card">{answer}</li>;
  // The row keeps its height (its old look, faded and out of reach), so nothing under the pointer moves.
  return (
    <li className="card relative">
      <div inert aria-hidden="true" className="opacity-25">
        {gone.node}
      </div>
      <div className="absolute inset-x-3 top-3">{answer}</div>
    </li>
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
