import {
  defaultSort,
  directoryHref,
  RELEASE_LABELS,
  RELEASE_WINDOWS,
  SEARCH_MAX_LENGTH,
  SORT_LABELS,
  sortsOffered,
  type DirectoryFilters as Filters,
} from '@/lib/profiles/directory-params';
import {
  GENDER_LABELS,
  GENDERS,
  INTERESTS,
  interestLabel,
  LANGUAGE_LABELS,
  LANGUAGES,
  SEEKING,
  SEEKING_LABELS,
  US_STATES,
} from '@/lib/profiles/vocabulary';
import type { InterestCount } from '@/lib/profiles/interest-counts';
import { AutoSubmitForm } from './AutoSubmitForm';
import { InterestFilter, type InterestChoice } from './InterestFilter';

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string | number;
  options: [string, string][];
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="label text-sm">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''} className="input py-1.5">
        <option value="">Any</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The default sort is the empty value, so the URL stays short; best match is offered to a signed-in pen pal only. */
function SortSelect({ filters }: { filters: Filters }) {
  const fallback = defaultSort(filters.bestMatch);
  return (
    <div>
      <label htmlFor="filter-sort" className="label text-sm">
        Sort by
      </label>
      <select
        id="filter-sort"
        name="sort"
        defaultValue={filters.sort === fallback ? '' : filters.sort}
        className="input py-1.5"
      >
        {sortsOffered(filters.bestMatch).map((sort) => (
          <option key={sort} value={sort === fallback ? '' : sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** How many of the most common interests are shown as chips; the rest fold into "More interests". */
const COMMON_INTERESTS_SHOWN = 8;

/** The interests to tick: the most common first, then every other one (with its count, 0 when no one lists it). */
function interestChoices(selected: readonly string[], counts: InterestCount[]) {
  const countOf = new Map(counts.map(({ interest, count }) => [interest, count]));
  const common = counts.slice(0, COMMON_INTERESTS_SHOWN).map(({ interest }) => interest);
  const choice = (value: string): InterestChoice => ({
    value,
    label: interestLabel(value),
    count: countOf.get(value) ?? 0,
    checked: selected.includes(value),
  });
  return {
    common: common.map(choice),
    more: INTERESTS.filter((interest) => !common.includes(interest)).map(choice),
  };
}

/** Plain GET form: filters end up in the URL and work with JavaScript off. */
export function DirectoryFilters({ filters, interests }: { filters: Filters; interests: InterestCount[] }) {
  const ages: [string, string][] = Array.from({ length: 12 }, (_, i) => String(20 + i * 5)).map((a) => [a, a]);
  const problem = filters.searchProblem;
  return (
    <AutoSubmitForm className="space-y-4" current={directoryHref(filters, { page: filters.page })}>
      <div>
        <label htmlFor="filter-q" className="label text-sm">
          Search names, bios and interests
        </label>
        {problem && (
          <p id="filter-q-error" className="field-error mb-1">
            <span className="sr-only">Error: </span>
            {searchProblemMessage(problem)}
          </p>
        )}
        <div className="flex gap-2">
          <input
            id="filter-q"
            name="q"
            type="search"
            maxLength={SEARCH_MAX_LENGTH}
            defaultValue={filters.q ?? problem?.text}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'filter-q-error' : undefined}
            className="input py-1.5"
          />
          <button id="filter-search" type="submit" className="btn-primary btn-small">
            Search
          </button>
        </div>
      </div>
      <InterestFilter {...interestChoices(filters.interests, interests)} />
      <SortSelect filters={filters} />
      <Select name="gender" label="Gender" value={filters.gender} options={GENDERS.map((g) => [g, GENDER_LABELS[g]])} />
      <div className="grid grid-cols-2 gap-2">
        <Select name="ageMin" label="Age from" value={filters.ageMin} options={ages} />
        <Select name="ageMax" label="Age to" value={filters.ageMax} options={ages} />
      </div>
      <Select name="state" label="State" value={filters.state} options={Object.entries(US_STATES)} />
      <Select
        name="seeking"
        label="Seeking"
        value={filters.seeking}
        options={SEEKING.map((s) => [s, SEEKING_LABELS[s]])}
      />
      <Select
        name="language"
        label="Language"
        value={filters.language}
        options={LANGUAGES.map((l) => [l, LANGUAGE_LABELS[l]])}
      />
      <Select
        name="release"
        label="Release"
        value={filters.release}
        options={RELEASE_WINDOWS.map((r) => [r, RELEASE_LABELS[r]])}
      />
      <fieldset>
        <legend className="label text-sm">Profile</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            id="filter-photo"
            type="checkbox"
            name="photo"
            value="1"
            defaultChecked={filters.photo}
            className="checkbox"
          />{' '}
          Has a photo
        </label>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input
            id="filter-recent"
            type="checkbox"
            name="recent"
            value="1"
            defaultChecked={filters.recent}
            className="checkbox"
          />{' '}
          New in the last 30 days
        </label>
      </fieldset>
      {/* On a phone it stays in view at the bottom of the open filters (see AutoSubmitForm). */}
      <div className="sticky bottom-0 -mx-1 bg-white px-1 py-2 lg:static">
        <button id="filter-apply" type="submit" className="btn-primary w-full">
          Apply filters
        </button>
      </div>
    </AutoSubmitForm>
  );
}

/** What the page says about a search it did not run; the results below are then without it. */
export function searchProblemMessage(problem: NonNullable<Filters['searchProblem']>): string {
  return problem.reason === 'too-long'
    ? `Your search is ${problem.length.toLocaleString('en-US')} characters long. Use up to ${SEARCH_MAX_LENGTH} characters: a few words work best.`
    : 'Your search has no letters or numbers in it. Search for words, such as “chess” or a first name.';
}
