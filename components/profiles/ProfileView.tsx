import type { Metadata } from 'next';
import Link from 'next/link';
import { ProfilePhoto } from '@/components/profiles/ProfilePhoto';
import { NOT_FOUND_TITLE } from '@/components/site/NotFoundContent';
import { ReportForm } from '@/components/profiles/ReportForm';
import { SaveProfile } from '@/components/favourites/SaveProfile';
import { RulesChecked } from '@/components/letters/RulesChecked';
import { WriteLetter } from '@/components/letters/WriteLetter';
import type { SessionUser } from '@/lib/auth/session';
import { plural } from '@/lib/letters/limits';
import { formatDate } from '@/lib/format/date';
import { ageOn, verifiedAgo } from '@/lib/profiles/age';
import { envelopeLines } from '@/lib/profiles/envelope';
import { getPublicProfile, type PublicProfile } from '@/lib/profiles/queries';
import {
  GENDER_LABELS,
  interestLabel,
  labelFor,
  labelList,
  splitList,
  LANGUAGE_LABELS,
  SEEKING_LABELS,
  US_STATES,
  VENDOR_LABELS,
} from '@/lib/profiles/vocabulary';
import { site } from '@/lib/site';

/** The profile page's metadata: the same for everyone. */
export async function profileMetadata(slug: string): Promise<Metadata> {
  const found = await getPublicProfile(slug);
  if (found.availability === 'gone') return { title: 'Profile no longer listed', robots: { index: false } };
  if (found.availability === 'withheld') return { title: 'Profile not shown', robots: { index: false } };
  if (found.availability !== 'listed') return { title: NOT_FOUND_TITLE, robots: { index: false } };
  const { profile } = found;
  // Shared previews carry display name, age and state only.
  const summary = `${profile.displayName}, ${ageOn(profile.birthDate, new Date())}, ${US_STATES[profile.state] ?? profile.state}`;
  return {
    title: profile.displayName,
    description: `${summary}: would like a pen pal.`,
    alternates: { canonical: `/profiles/${profile.slug}` },
    openGraph: {
      title: summary,
      description: `Write to ${profile.displayName} through ${site.name}.`,
      type: 'profile',
    },
  };
}

type Props = {
  profile: PublicProfile;
  /** Whether the signed-in pen pal saved the profile; null for a visitor, undefined for staff (see SaveProfile). */
  saved: boolean | null | undefined;
  /** Who is looking: null for a visitor (the shared copy), so the write panel offers to sign in. */
  user: SessionUser | null;
};

/**
 * A listed profile's page. Rendered for each signed-in request (app/(site)/profiles/[slug]/page.tsx) and, with no
 * personal part, once for every visitor to share (app/(site)/shared/profiles).
 */
export function ProfileView({ profile, saved, user }: Props) {
  const { facility } = profile;
  const now = new Date();
  const envelope = envelopeLines(profile, facility);
  return (
    <article className="mx-auto max-w-4xl">
      <p className="text-sm">
        <Link href="/profiles">← All profiles</Link>
      </p>
      <header className="mt-4 flex flex-col gap-6 sm:flex-row">
        <ProfilePhoto name={profile.displayName} photoPath={profile.photoPath} size={200} main />
        <div>
          <h1 className="text-4xl font-bold">{profile.displayName}</h1>
          <p className="mt-1 text-lg">
            {ageOn(profile.birthDate, now)} · {labelFor(GENDER_LABELS, profile.gender)} ·{' '}
            {US_STATES[profile.state] ?? profile.state}
          </p>
          <p className="mt-1 text-sm text-gray-700">
            Listed {formatDate(profile.listedAt!)} · <strong>{verifiedAgo(profile.verifiedAt, now)}</strong> · listing
            renews by {formatDate(profile.expiresAt!)}
          </p>
          <p className="mt-1 text-sm text-gray-700">
            Listed with {profile.displayName}’s consent
            {profile.consentConfirmedAt && <>, last confirmed {formatDate(profile.consentConfirmedAt)}</>}.
          </p>
          <p className="mt-3">Seeking: {labelList(SEEKING_LABELS, profile.seeking)}</p>
          <p className="mt-1">Writes in: {labelList(LANGUAGE_LABELS, profile.languages)}</p>
          <div className="mt-4 flex flex-wrap items-start gap-3">
            <div id="save" className="scroll-mt-4">
              <SaveProfile
                profileId={profile.id}
                name={profile.displayName}
                saved={saved}
                page={`/profiles/${profile.slug}`}
                anchor="save"
              />
            </div>
            {/* On a phone the write panel is far below: this takes the reader there. */}
            {(!user || user.role === 'penpal') && (
              <a href="#write-heading" className="btn-secondary btn-small">
                Write a letter<span className="sr-only"> to {profile.displayName}</span>
              </a>
            )}
          </div>
        </div>
      </header>

      <div className="mt-8 grid gap-8 md:grid-cols-[1fr_18rem]">
        <div className="space-y-6">
          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-2xl font-bold">
              About
            </h2>
            <p className="mt-2 whitespace-pre-line">{profile.bio}</p>
          </section>
          <section aria-labelledby="interests-heading">
            <h2 id="interests-heading" className="text-2xl font-bold">
              Interests
            </h2>
            <ul className="mt-2 flex flex-wrap gap-2">
              {splitList(profile.interests).map((interest) => (
                <li key={interest}>
                  <Link
                    href={`/profiles?interests=${interest}`}
                    className="inline-block rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800 no-underline"
                  >
                    {interestLabel(interest)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">Release</dt>
            <dd>{profile.releaseDate ? formatDate(profile.releaseDate) : 'No release date'}</dd>
            <dt className="font-semibold">Conviction</dt>
            <dd>{profile.offense}</dd>
            {profile.raceEthnicity && (
              <>
                <dt className="font-semibold">Race / ethnicity</dt>
                <dd>{profile.raceEthnicity}</dd>
              </>
            )}
          </dl>
          <aside className="rounded-lg border-l-4 border-amber bg-white p-4" aria-labelledby="safety-heading">
            <h2 id="safety-heading" className="font-bold">
              Writing safely
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              <li>Never send money, gift cards or payment-app transfers, whoever asks.</li>
              <li>
                Keep your home address private: letters written here go out with our program&apos;s return address.
              </li>
              <li>
                We screen, print and post each letter, and type up replies into your inbox.{' '}
                <Link href="/safety">Read the safety rules</Link>.
              </li>
            </ul>
          </aside>
        </div>

        <div className="space-y-6">
          <section aria-labelledby="address-heading" className="card">
            <h2 id="address-heading" className="font-bold">
              Mailing address
            </h2>
            <address className="mt-2 font-mono text-sm not-italic leading-relaxed">
              {envelope.map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </address>
            <p className="mt-3 text-sm text-gray-700">
              Use the name and number exactly as shown, or the facility may return the letter.
            </p>
          </section>
          <section aria-labelledby="rules-heading" className="card">
            <h2 id="rules-heading" className="font-bold">
              {facility.name}: mail rules
            </h2>
            <ul className="mt-2 space-y-2 text-sm">
              <li>
                {facility.mailScanned
                  ? 'Mail is scanned: letters go to the processing centre above and arrive as copies.'
                  : 'Original letters are delivered.'}
              </li>
              {facility.postcardsOnly && <li>Postcards only: the facility does not accept letters.</li>}
              {facility.maxPages !== null && <li>At most {plural(facility.maxPages, 'page')} per letter.</li>}
              {facility.noGreetingCards && <li>No greeting cards.</li>}
              {facility.photosAccepted ? (
                facility.photoRules && <li>Photos: {facility.photoRules}</li>
              ) : (
                <li>Photos are not accepted.</li>
              )}
              <li>E-messaging: {labelFor(VENDOR_LABELS, facility.messagingVendor)}</li>
              {facility.notes && <li>{facility.notes}</li>}
            </ul>
            <RulesChecked facility={facility} />
          </section>
          {/* For visitors and pen pals; staff do not write letters. */}
          {(!user || user.role === 'penpal') && (
            <section aria-labelledby="write-heading" className="card space-y-3">
              <h2 id="write-heading" className="scroll-mt-4 font-bold">
                Write to {profile.displayName}
              </h2>
              <p className="text-sm">
                Write here and we screen, print and post your letter with our return address. Replies come to your
                inbox.
              </p>
              <div id="write" className="scroll-mt-4">
                <WriteLetter user={user} profile={{ ...profile, status: 'published', facility }} />
              </div>
            </section>
          )}
          <section className="card space-y-3">
            <ReportForm profileId={profile.id} />
          </section>
        </div>
      </div>
    </article>
  );
}

export function Unavailable() {
  // Names no one and gives no reason: a take-down may be for someone else's safety.
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">This profile is no longer listed</h1>
      <p className="mt-4 text-lg">
        The person this page was about is not in the directory any more. Profiles come down when someone is released or
        moves, when a listing is not renewed after twelve months, or when our staff take one down.
      </p>
      <p className="mt-4">Many other people in the directory would like a pen pal.</p>
      <p className="mt-6">
        <Link href="/profiles" className="btn-primary">
          Find a pen pal
        </Link>
      </p>
    </div>
  );
}

/** A listed profile the listing rules by state hide: the program's notice, and nothing of the person. */
export function Withheld({ notice }: { notice: string }) {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold">This profile is not shown</h1>
      <p className="mt-4 whitespace-pre-line text-lg">{notice}</p>
      <p className="mt-6">
        <Link href="/profiles" className="btn-primary">
          Browse other profiles
        </Link>
      </p>
    </div>
  );
}
