import {
  defaultSort,
  RELEASE_LABELS,
  RELEASE_WINDOWS,
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
import { AutoSubmitForm } from './AutoSubmitForm';

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

/** Plain GET form: filters end up in the URL and work with JavaScript off. */
export function DirectoryFilters({ filters }: { filters: Filters }) {
  const ages: [string, string][] = Array.from({ length: 12 }, (_, i) => String(20 + i * 5)).map((a) => [a, a]);
  return (
    <AutoSubmitForm className="space-y-4">
      <div>
        <label htmlFor="filter-q" className="label text-sm">
          Search names, bios and interests
        </label>
        <div className="flex gap-2">
          <input id="filter-q" name="q" type="search" defaultValue={filters.q} className="input py-1.5" />
          <button type="submit" className="btn-primary btn-small">
            Search
          </button>
        </div>
      </div>
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
            type="checkbox"
            name="photo"
            value="1"
            defaultChecked={filters.photo}
            className="size-4 accent-brand-700"
          />{' '}
          Has a photo
        </label>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="recent"
            value="1"
            defaultChecked={filters.recent}
            className="size-4 accent-brand-700"
          />{' '}
          New in the last 30 days
        </label>
      </fieldset>
      <details open={filters.interests.length > 0}>
        <summary className="label cursor-pointer text-sm">
          Interests{filters.interests.length > 0 && ` (${filters.interests.length})`}
        </summary>
        <fieldset className="mt-2 grid max-h-72 grid-cols-2 gap-x-2 gap-y-1 overflow-y-auto text-sm">
          <legend className="sr-only">Interests (any of)</legend>
          {INTERESTS.map((interest) => (
            <label key={interest} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="interests"
                value={interest}
                defaultChecked={filters.interests.includes(interest)}
                className="size-4 accent-brand-700"
              />
              {interestLabel(interest)}
            </label>
          ))}
        </fieldset>
      </details>
      <noscript>
        <button type="submit" className="btn-primary w-full">
          Apply filters
        </button>
      </noscript>
    </AutoSubmitForm>
  );
}
