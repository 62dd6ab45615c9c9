'use client';

import { useEffect, useId, useRef } from 'react';
import { CORRECT_FIELDS_MESSAGE, type FieldErrors } from '@/lib/forms/action-state';
import { useDocumentTitle } from './use-document-title';

/** A field the summary can name and link to: `target` is the id of its input (or of a group's error text). */
export type SummaryField = { name: string; label: string; target: string };

const ERROR_TITLE_PREFIX = 'Error: ';

/** The page title while a form shows its errors (GOV.UK: "Error: " before the page's own title). */
function errorTitle(title: string): string {
  return title.startsWith(ERROR_TITLE_PREFIX) ? title : `${ERROR_TITLE_PREFIX}${title}`;
}

/**
 * Every error of a submitted form, at its top under "There is a problem", each linking to its field: the first thing
 * a screen reader or a keyboard reaches, and focused when it appears (by an effect with JavaScript; without it the
 * page comes back from the server with the summary in it, and `autofocus` has the browser focus it on load). With
 * JavaScript "Error: " goes before the page title while it shows; without it the title stays the page's own (the
 * metadata cannot see an action's answer, and a second <title> rendered here would come after it; pages whose state
 * is in the URL set it in generateMetadata, as /admin/forms does). Errors for fields missing from `fields` are listed
 * too, so none can be hidden by an incomplete list; `message` says what did not happen, when that helps ("The reply
 * was not recorded").
 */
export function ErrorSummary({
  message,
  errors,
  fields,
}: {
  message?: string;
  errors: FieldErrors;
  fields: SummaryField[];
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const known = new Set(fields.map((field) => field.name));
  const items = [
    ...fields,
    ...Object.keys(errors)
      .filter((name) => !known.has(name))
      .map((name) => ({ name, label: name, target: name })),
  ].flatMap((field) =>
    (errors[field.name] ?? []).map((text, index) => ({ key: `${field.name}-${index}`, ...field, message: text })),
  );
  const shown = items.length > 0;

  useEffect(() => {
    if (!shown) return;
    // Its top in view, heading first, even when the list is taller than a phone's screen.
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView?.({ block: 'start' });
  }, [errors, shown]);
  useDocumentTitle(shown, errorTitle, 'error');

  if (!shown) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      autoFocus
      aria-labelledby={titleId}
      className="rounded-md border-2 border-red-700 bg-red-50 px-4 py-3 text-red-900"
      data-error-summary
    >
      <h2 id={titleId} className="font-sans text-lg font-bold text-pretty">
        There is a problem
      </h2>
      {message && message !== CORRECT_FIELDS_MESSAGE && <p className="mt-1">{message}</p>}
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
