import type { Metadata } from 'next';
import Link from 'next/link';
import { DirectoryFilters, searchProblemMessage } from '@/components/directory/DirectoryFilters';
import { ProfileCard, type CardData } from '@/components/directory/ProfileCard';
import { NumberedPagination } from '@/components/ui/NumberedPagination';
import { directoryHref, RELEASE_LABELS, type DirectoryFilters as Filters } from '@/lib/profiles/directory-params';
import type { DirectoryCard } from '@/lib/profiles/queries';
import type { InterestCount } from '@/lib/profiles/interest-counts';
import type { MatchInput } from '@/lib/profiles/match';
import { ageOn, verifiedAgo } from '@/lib/profiles/age';
import {
  GENDER_LABELS,
  interestLabel,
  LANGUAGE_LABELS,
  labelList,
  SEEKING_LABELS,
  splitList,
  US_STATES,
} from '@/lib/profiles/vocabulary';

const TITLE = 'Find a pen pal';

/** The page's metadata; its title names the search, the filters and the page ("Find a pen pal: chess, page 2"). */
export function directoryMetadata(filters: Filters): Metadata {
  return {
    title: directoryTitle(filters),
    description: 'Profiles of people in prison who would like a pen pal, verified by our program and relayed by post.',
    alternates: { canonical: '/profiles' },
  };
}

const TITLE_SEARCH_LENGTH = 40;

export function directoryTitle(filters: Filters): string {
  const parts = activeFilters(filters).map((filter) => filter.title);
  if (filters.page > 1) parts.push(`page ${filters.page}`);
  const title = parts.length > 0 ? `${TITLE}: ${parts.join(', ')}` : TITLE;
  // As every form with a problem: the title says so first.
  return filters.searchProblem ? `Error: ${title}` : title;
}

type Props = {
  filters: Filters;
  total: number;
  profiles: DirectoryCard[];
  pageCount: number;
  /** How many listed profiles have each interest, for the interest filter. */
  interests: InterestCount[];
  now: Date;
  /** The signed-in pen pal's best-match input; null for everyone else. */
  match: MatchInput | null;
  /** A card's save state (see SaveProfile): null for a visitor, undefined for staff. */
  savedState: (id: string) => boolean | null | undefined;
  /** The listing rules' notice, shown instead of results when the chosen state's listings are hidden. */
  notice: string | null;
};

/**
 * One page of the directory. Rendered for each signed-in request (app/(site)/profiles/page.tsx) and, with no personal
 * parts, once for every visitor to share (app/(site)/shared/directory).
 */
export function DirectoryView({
  filters,
  total,
  profiles,
  pageCount,
  interests,
  now,
  match,
  savedState,
  notice,
}: Props) {
  const thisPage = directoryHref(filters, { page: filters.page });
  const active = activeFilters(filters);
  return (
    <div className="grid gap-x-8 gap-y-4 lg:grid-cols-[16rem_1fr]">
      <header className="lg:col-span-2">
        <h1 className="text-4xl font-bold">{TITLE}</h1>
        <p className="mt-2 text-gray-700">
          Every profile is checked by our staff and renewed each year. Letters go through us: your address stays
          private.
        </p>
        <p className="mt-1 text-gray-700">
          Someone you know would like a pen pal? <Link href="/profiles/submit">Submit a profile</Link>.
        </p>
      </header>
      {/* On a phone the filters fold away above the results; from lg up they are always shown (see .filters-disclosure). */}
      <details className="filters-disclosure">
        <summary className="btn-secondary cursor-pointer lg:hidden">
          Filters{active.length > 0 ? ` (${active.length} on)` : ''}
        </summary>
        <aside aria-labelledby="filters-heading" className="mt-4 lg:mt-0">
          <h2 id="filters-heading" className="mb-3 text-lg font-bold">
            Filters
          </h2>
          <DirectoryFilters filters={filters} interests={interests} />
        </aside>
      </details>
      <section aria-labelledby="results-heading">
        {filters.searchProblem && (
          <div className="mb-4 rounded-md border-l-4 border-red-800 bg-red-50 p-4" role="alert">
            <p className="font-semibold">Your search was not run</p>
            <p className="mt-1">
              {searchProblemMessage(filters.searchProblem)} <a href="#filter-q">Change your search</a>
            </p>
          </div>
        )}
        {/* Announced when a filter applies with JavaScript; focused when the phone's filters fold away (AutoSubmitForm). */}
        <p id="results-heading" className="font-semibold" aria-live="polite" tabIndex={-1}>
          {total.toLocaleString('en-US')} {total === 1 ? 'person' : 'people'} found
          {pageCount > 1 && (
            <span className="font-normal text-gray-700">
              {' '}
              · page {filters.page} of {pageCount}
            </span>
          )}
        </p>
        {filters.sort === 'match' && match && (
          <p className="mt-1 text-sm text-gray-700">
            {match.interests.length > 0
              ? 'Best match: people who share most of your interests come first, then a language you write in, then what you can offer.'
              : 'Best match ranks people by the interests you share. Add yours in your account settings to see them first.'}
          </p>
        )}
        {active.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-2" aria-label="Active filters">
            {active.map((filter) => (
              <li key={filter.label}>
                <Link
                  href={filter.remove}
                  className="inline-block rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800 no-underline hover:bg-brand-100"
                >
                  {filter.label} <span aria-hidden="true">×</span>
                  <span className="sr-only"> (remove)</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {notice ? (
          <div className="card mt-6">
            <p className="whitespace-pre-line">{notice}</p>
            <p className="mt-2">
              <Link href={directoryHref({ ...filters, state: undefined })}>See people in every other state</Link>.
            </p>
          </div>
        ) : profiles.length === 0 ? (
          <div className="card mt-6">
            <p className="font-semibold">No one matches all of these filters.</p>
            <p className="mt-2">
              Try removing one of the filters above{filters.q ? ', searching for fewer words' : ''}, or{' '}
              <Link href="/profiles">start again with everyone</Link>.
            </p>
          </div>
        ) : (
          <ul className="mt-6 grid gap-4 md:grid-cols-2">
            {profiles.map((profile) => (
              <li key={profile.id}>
                <ProfileCard card={cardOf(profile, now, match, savedState(profile.id))} page={thisPage} />
              </li>
            ))}
          </ul>
        )}
        <NumberedPagination
          page={filters.page}
          pageCount={pageCount}
          href={(page) => directoryHref(filters, { page })}
        />
      </section>
    </div>
  );
}

/** A card's words: the interests it shows are those the signed-in pen pal shares, else the profile's first three. */
function cardOf(profile: DirectoryCard, now: Date, match: MatchInput | null, saved: CardData['saved']): CardData {
  const interests = splitList(profile.interests);
  const common = match ? interests.filter((interest) => match.interests.includes(interest)) : [];
  return {
    id: profile.id,
    slug: profile.slug,
    name: profile.displayName,
    photoPath: profile.photoPath,
    facts: `${ageOn(profile.birthDate, now)} · ${US_STATES[profile.state] ?? profile.state}`,
    interests: (common.length > 0 ? common : interests.slice(0, 3)).map(interestLabel).join(' · '),
    inCommon: common.length > 0,
    seeking: labelList(SEEKING_LABELS, profile.seeking).toLowerCase(),
    verified: verifiedAgo(profile.verifiedAt, now),
    saved,
  };
}

/** Each filter in force: its chip's label, its words in the title, and the link that removes it. */
function activeFilters(filters: Filters): { label: string; title: string; remove: string }[] {
  const list: { label: string; title: string; remove: string }[] = [];
  const add = (label: string, change: Partial<Filters>, title = label) =>
    list.push({ label, title, remove: directoryHref(filters, change) });
  if (filters.q) add(`“${filters.q}”`, { q: undefined }, `“${shorten(filters.q, TITLE_SEARCH_LENGTH)}”`);
  if (filters.gender) add(GENDER_LABELS[filters.gender], { gender: undefined });
  if (filters.ageMin) add(`From ${filters.ageMin}`, { ageMin: undefined });
  if (filters.ageMax) add(`Up to ${filters.ageMax}`, { ageMax: undefined });
  if (filters.state) add(US_STATES[filters.state] ?? filters.state, { state: undefined });
  if (filters.seeking) add(SEEKING_LABELS[filters.seeking], { seeking: undefined });
  if (filters.language) add(LANGUAGE_LABELS[filters.language], { language: undefined });
  if (filters.release) add(`Release: ${RELEASE_LABELS[filters.release].toLowerCase()}`, { release: undefined });
  if (filters.photo) add('Has a photo', { photo: false });
  if (filters.recent) add('New this month', { recent: false });
  for (const interest of filters.interests)
    add(interestLabel(interest), { interests: filters.interests.filter((i) => i !== interest) });
  return list;
}

function shorten(text: string, length: number): string {
  const characters = [...text];
  return characters.length > length ? `${characters.slice(0, length - 1).join('')}…` : text;
}
