'use client';

import Form from 'next/form';
import { useEffect, useRef } from 'react';

// Keys that move through a closed select's options: each fires a change, so applying it would navigate at every step
// (WCAG 3.2.2). A select changed with them applies when focus leaves it instead.
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

const isSelect = (target: EventTarget | null): target is HTMLSelectElement => target instanceof HTMLSelectElement;
const isSubmit = (target: EventTarget | null): target is HTMLButtonElement =>
  target instanceof HTMLButtonElement && target.type === 'submit';

/** Where focus goes and whether the phone's filters stay open once the results for a change have arrived. */
type Landing = { focus: string | null; open: boolean; at: number };

// A visitor's next page is another shared copy (lib/profiles/shared-pages.ts), which React mounts afresh: the landing
// is kept outside the component so the new form can put focus back and keep the filters open.
let landing: Landing | null = null;

function land(form: HTMLFormElement, { focus, open }: Landing) {
  const details = form.closest('details');
  if (details && details.open !== open) details.open = open;
  const target = focus ? document.getElementById(focus) : null;
  if (!target || document.activeElement === target) return;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
}

/**
 * The directory's GET form. Without JavaScript it applies on its buttons. With it, a change applies at once (a soft
 * navigation): an option picked with the mouse or Enter, a ticked box; a select stepped through with the keyboard
 * applies when focus leaves it. The buttons apply everything and, on a phone, fold the filters away to show the
 * results, focusing their count. `current` is the URL of the filters shown: a new one means the results arrived.
 */
export function AutoSubmitForm({
  children,
  className,
  current,
}: {
  children: React.ReactNode;
  className?: string;
  current: string;
}) {
  const form = useRef<HTMLFormElement>(null);
  const browsing = useRef(false);
  const pending = useRef(false);
  const submit = (focus: string | null, open: boolean) => {
    landing = { focus, open, at: Date.now() };
    form.current?.requestSubmit();
  };

  useEffect(() => {
    if (!landing || !form.current) return;
    if (Date.now() - landing.at < 30_000) land(form.current, landing);
    landing = null;
  }, [current]);

  return (
    <Form
      ref={form}
      action="/profiles"
      className={className}
      // Next would otherwise move focus and scroll to the top of the page at every change, away from the control.
      scroll={false}
      onKeyDown={(event) => {
        browsing.current = isSelect(event.target) && BROWSING_KEYS.has(event.key) && !event.altKey;
      }}
      onPointerDown={() => {
        browsing.current = false;
      }}
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement | HTMLSelectElement;
        if (target.type === 'search') return;
        if (isSelect(target) && browsing.current) pending.current = true;
        else submit(target.id, Boolean(event.currentTarget.closest('details')?.open));
      }}
      onBlur={(event) => {
        // Moving to a button: its click applies the change.
        if (!pending.current || !isSelect(event.target) || isSubmit(event.relatedTarget)) return;
        pending.current = false;
        const next = event.relatedTarget instanceof HTMLElement ? event.relatedTarget.id : null;
        submit(next, Boolean(event.currentTarget.closest('details')?.open));
      }}
      onSubmit={(event) => {
        pending.current = false;
        const submitter = event.nativeEvent.submitter;
        if (!isSubmit(submitter)) return;
        // A button (or Enter in the search box): on a phone the filters fold away and the results come first.
        const open = Boolean(event.currentTarget.closest('details')?.open);
        landing = {
          focus: open ? 'results-heading' : document.activeElement?.id || submitter.id,
          open: false,
          at: Date.now(),
        };
        land(event.currentTarget, landing);
      }}
    >
      {children}
    </Form>
  );
}
