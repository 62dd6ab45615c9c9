'use client';

import Form from 'next/form';
import { useRef } from 'react';

// Keys that move through a closed select's options: each fires a change, so applying it would navigate at every step
// (WCAG 3.2.2). A select changed with them applies when focus leaves it instead.
const BROWSING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

const isSelect = (target: EventTarget | null): target is HTMLSelectElement => target instanceof HTMLSelectElement;
const isSubmit = (target: EventTarget | null) => target instanceof HTMLButtonElement && target.type === 'submit';

/**
 * The directory's GET form. Without JavaScript it applies on its buttons. With it, a change applies at once (a soft
 * navigation): an option picked with the mouse or Enter, a ticked box; a select stepped through with the keyboard
 * applies when focus leaves it. The buttons apply everything and, on a phone, fold the filters away to show the results.
 */
export function AutoSubmitForm({ children, className }: { children: React.ReactNode; className?: string }) {
  const browsing = useRef(false);
  const pending = useRef(false);
  return (
    <Form
      action="/profiles"
      className={className}
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
        else event.currentTarget.requestSubmit();
      }}
      onBlur={(event) => {
        // Moving to a button: its click applies the change.
        if (!pending.current || !isSelect(event.target) || isSubmit(event.relatedTarget)) return;
        pending.current = false;
        event.currentTarget.requestSubmit();
      }}
      onSubmit={(event) => {
        pending.current = false;
        const details = event.currentTarget.closest('details');
        if (!isSubmit(event.nativeEvent.submitter) || !details?.open) return;
        details.open = false;
        const results = document.getElementById('results-heading');
        results?.focus();
        results?.scrollIntoView({ block: 'nearest' });
      }}
    >
      {children}
    </Form>
  );
}
