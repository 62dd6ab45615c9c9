'use client';

import { useEffect, useRef } from 'react';
import type { FieldErrors } from '@/lib/forms/action-state';

/** A field the summary can name and link to: `target` is the id of its input (or of a group's error text). */
export type SummaryField = { name: string; label: string; target: string };

/**
 * Every error of a submitted form, at its top, each linking to its field: the first thing a screen reader or a
 * keyboard reaches, and (with JavaScript) focused when it appears. Errors for fields missing from `fields` are listed
 * too, so none can be hidden by an incomplete list.
 */
export function ErrorSummary({
  title,
  errors,
  fields,
}: {
  title: string;
  errors: FieldErrors;
  fields: SummaryField[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [errors]);
  const known = new Set(fields.map((field) => field.name));
  const items = [
    ...fields,
    ...Object.keys(errors)
      .filter((name) => !known.has(name))
      .map((name) => ({ name, label: name, target: name })),
  ].flatMap((field) =>
    (errors[field.name] ?? []).map((message, index) => ({ key: `${field.name}-${index}`, ...field, message })),
  );
  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-red-900"
    >
      <h2 id="error-summary-title" className="font-sans text-lg font-bold text-pretty">
        {title}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={item.key}>
            <a href={`#${item.target}`} className="text-red-900">
              {item.label}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
