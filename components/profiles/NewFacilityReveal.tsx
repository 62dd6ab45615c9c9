'use client';

import { useState } from 'react';

/**
 * The new facility's fields, revealed in place when "The facility is not in this list" is chosen (see the
 * .new-facility-reveal rule in globals.css). Once anything is typed in them they stay shown whatever the select says,
 * so typed details are never hidden.
 */
export function NewFacilityReveal({ initiallyOpen, children }: { initiallyOpen: boolean; children: React.ReactNode }) {
  const [typed, setTyped] = useState(false);
  return (
    <div
      id="new-facility"
      className="new-facility-reveal space-y-4 border-l-4 border-gray-300 pl-4"
      data-open={initiallyOpen || typed ? '' : undefined}
      onInput={(event) => {
        const target = event.target as HTMLInputElement;
        if (target.type !== 'checkbox' && target.value.trim() !== '') setTyped(true);
      }}
    >
      {children}
    </div>
  );
}
