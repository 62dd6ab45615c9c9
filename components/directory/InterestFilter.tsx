'use client';

/** One interest to tick, worded on the server (interestChoices in DirectoryFilters). */
export type InterestChoice = { value: string; label: string; count: number; checked: boolean };

function InterestBox({ value, label, count, checked }: InterestChoice) {
  return (
    <li>
      <label className="chip">
        {/* The id lets AutoSubmitForm put focus back on the box once the filtered page has loaded. */}
        <input
          id={`interest-${value}`}
          type="checkbox"
          name="interests"
          value={value}
          defaultChecked={checked}
          className="checkbox"
        />
        <span>
          {label} <span className="text-gray-700">({count.toLocaleString('en-US')})</span>
        </span>
      </label>
    </li>
  );
}

/**
 * The directory's "common ground" filter: the interests most listed profiles share as chips with their counts, every
 * other one a click away. Checkboxes in the filter form, so it works without JavaScript. A client component only so
 * that the page's payload carries the choices as data rather than 40 chips of markup.
 */
export function InterestFilter({ common, more }: { common: InterestChoice[]; more: InterestChoice[] }) {
  return (
    <fieldset aria-describedby="interests-hint">
      <legend className="label text-sm">Interests</legend>
      <p id="interests-hint" className="mb-2 text-sm text-gray-700">
        People who share any you tick. The number is how many are listed.
      </p>
      <ul className="flex flex-wrap gap-2" aria-label="Most common interests">
        {common.map((choice) => (
          <InterestBox key={choice.value} {...choice} />
        ))}
      </ul>
      <details className="mt-2" open={more.some((choice) => choice.checked)}>
        <summary className="cursor-pointer text-sm font-semibold text-brand-700 underline">
          More interests ({more.length})
        </summary>
        <ul className="mt-2 flex flex-wrap gap-2">
          {more.map((choice) => (
            <InterestBox key={choice.value} {...choice} />
          ))}
        </ul>
      </details>
    </fieldset>
  );
}
