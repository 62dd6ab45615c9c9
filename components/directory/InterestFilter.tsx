import { INTERESTS, interestLabel } from '@/lib/profiles/vocabulary';
import type { InterestCount } from '@/lib/profiles/interest-counts';

/** How many of the most common interests are shown as chips; the rest fold into "More interests". */
export const COMMON_INTERESTS_SHOWN = 8;

function InterestBox({ interest, count, checked }: { interest: string; count: number; checked: boolean }) {
  return (
    <label className="flex cursor-pointer items-center gap-2 rounded-full border border-gray-300 bg-white px-3 py-1 text-sm has-checked:border-brand-700 has-checked:bg-brand-50 has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand-700 hover:border-brand-700">
      <input
        id={`interest-${interest}`}
        type="checkbox"
        name="interests"
        value={interest}
        defaultChecked={checked}
        className="size-4 accent-brand-700"
      />
      <span>
        {interestLabel(interest)} <span className="text-gray-700">({count.toLocaleString('en-US')})</span>
      </span>
    </label>
  );
}

/**
 * The directory's "common ground" filter: the interests most listed profiles share as chips with their counts, every
 * other one a click away. Checkboxes in the filter form, so it works without JavaScript.
 */
export function InterestFilter({ selected, counts }: { selected: readonly string[]; counts: InterestCount[] }) {
  const countOf = new Map(counts.map(({ interest, count }) => [interest, count]));
  const common = counts.slice(0, COMMON_INTERESTS_SHOWN).map(({ interest }) => interest);
  const more: string[] = INTERESTS.filter((interest) => !common.includes(interest));
  const box = (interest: string) => (
    <li key={interest}>
      <InterestBox interest={interest} count={countOf.get(interest) ?? 0} checked={selected.includes(interest)} />
    </li>
  );
  return (
    <fieldset aria-describedby="interests-hint">
      <legend className="label text-sm">Interests</legend>
      <p id="interests-hint" className="mb-2 text-sm text-gray-700">
        People who share any you tick. The number is how many are listed.
      </p>
      <ul className="flex flex-wrap gap-2" aria-label="Most common interests">
        {common.map(box)}
      </ul>
      <details className="mt-2" open={selected.some((interest) => more.includes(interest))}>
        <summary className="cursor-pointer text-sm font-semibold text-brand-700 underline">
          More interests ({more.length})
        </summary>
        <ul className="mt-2 flex flex-wrap gap-2">{more.map(box)}</ul>
      </details>
    </fieldset>
  );
}
