// A profile's status machine and when a profile is in the directory: the rules every page, query and action share.
// Pure, so tests need no database. The statuses are the database enum's (prisma/schema.prisma).
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { REVIEW_OPS, type ReviewOp } from './review-ops';
import { AWAITING_REVIEW, CLOSED, ProfileStatus } from './status-groups';

// Expired is derived, not stored: a published profile past expiresAt is expired, so listings drop out with no job.
const { changes_requested, published, rejected, released, transferred, taken_down } = ProfileStatus;

/** Public once, so the page answers 410 rather than 404 when the profile is not listed. */
const ONCE_PUBLIC: readonly ProfileStatus[] = [published, released, transferred, taken_down];
/** The status of every listed profile (the other condition is an unexpired listing). */
const LISTED_STATUS = published;

export const STATUS_LABELS: Record<ProfileStatus, string> = {
  pending: 'Waiting for review',
  changes_requested: 'Changes requested',
  published: 'Listed',
  rejected: 'Rejected',
  released: 'Released',
  transferred: 'Transferred',
  taken_down: 'Taken down',
};

type Listing = { status: ProfileStatus; expiresAt: Date | null };

/** Listed: shown. Gone: was public and no longer is (released, moved, expired, taken down): 410. Missing: never public. */
export type Availability = 'listed' | 'gone' | 'missing';

export const LISTING_MONTHS = 12;
export const EXPIRING_SOON_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A listing runs twelve calendar months from approval or renewal, then drops out on its own. */
export function expiryFrom(date: Date): Date {
  const expires = new Date(date);
  expires.setUTCMonth(expires.getUTCMonth() + LISTING_MONTHS);
  // 29 February plus a year lands on 1 March, which is what we want: never earlier than a year.
  return expires;
}

// "Listed" in the three forms the code needs, side by side so they say the same thing; tests/integration/listed.test.ts
// checks that they agree for every status and expiry.

/** In the directory now: published, and the listing has not run out. */
export function isListed(profile: Listing, now = new Date()): boolean {
  return profile.status === LISTED_STATUS && profile.expiresAt !== null && profile.expiresAt > now;
}

/** isListed as a Prisma filter, for the admin queues. */
export function listedWhere(now: Date): Prisma.ProfileWhereInput {
  return { status: LISTED_STATUS, expiresAt: { gt: now } };
}

/** isListed as SQL on profile alias `p`, one AND term of the directory's query. The status, a constant of the enum, is
 * inlined as it always was, so the query and the plans benchmarked for it stay the same. */
export function listedSql(now: Date): Prisma.Sql {
  return Prisma.sql`p."status" = ${Prisma.raw(`'${LISTED_STATUS}'`)} AND p."expiresAt" > ${now}`;
}

export function availabilityOf(profile: Listing | null, now = new Date()): Availability {
  if (!profile || !ONCE_PUBLIC.includes(profile.status)) return 'missing';
  return isListed(profile, now) ? 'listed' : 'gone';
}

/** What staff see as a profile's state: a published listing past its date shows as expired, as it has dropped out. */
export function statusLabel(profile: Listing, now = new Date()): string {
  return profile.status === published && !isListed(profile, now) ? 'Expired' : STATUS_LABELS[profile.status];
}

/** The end of the expiring-soon window: listings ending by then want renewing. */
export function expiringSoonBefore(now = new Date()): Date {
  return new Date(now.getTime() + EXPIRING_SOON_DAYS * DAY_MS);
}

/** Listed now but due to drop out within EXPIRING_SOON_DAYS unless renewed (the admin queue's rule, for one profile). */
export function isExpiringSoon(profile: Listing, now = new Date()): boolean {
  return isListed(profile, now) && profile.expiresAt! <= expiringSoonBefore(now);
}

export type ReviewChange = {
  status?: ProfileStatus;
  statusReason?: string | null;
  listedAt?: Date;
  verifiedAt?: Date;
  expiresAt?: Date;
};

/**
 * What review step `op` does to `profile` at `now`, or null when it does not apply to the profile as it stands.
 * `reason` is what staff wrote; review.ts requires one to reject, request changes or take down.
 */
export function reviewChange(
  op: ReviewOp,
  profile: Listing & { listedAt: Date | null },
  now: Date,
  reason = '',
): ReviewChange | null {
  const { status } = profile;
  const waiting = AWAITING_REVIEW.includes(status);
  switch (op) {
    case 'approve':
      // A closed profile can be listed again once staff have checked it.
      return waiting || CLOSED.includes(status)
        ? {
            status: published,
            statusReason: null,
            listedAt: profile.listedAt ?? now,
            verifiedAt: now,
            expiresAt: expiryFrom(now),
          }
        : null;
    case 'request_changes':
      return waiting ? { status: changes_requested, statusReason: reason } : null;
    case 'reject':
      return waiting ? { status: rejected, statusReason: reason } : null;
    case 'verify':
      return isListed(profile, now) ? { verifiedAt: now } : null;
    case 'renew':
      // Listed or expired alike: twelve months from today.
      return status === published
        ? { status: published, statusReason: null, verifiedAt: now, expiresAt: expiryFrom(now) }
        : null;
    case 'release':
      return status === published ? { status: released, statusReason: reason || null } : null;
    case 'transfer':
      return status === published ? { status: transferred, statusReason: reason || null } : null;
    case 'take_down':
      // Also closes a rejected, released or transferred profile for good.
      return status === published || (CLOSED.includes(status) && status !== taken_down)
        ? { status: taken_down, statusReason: reason }
        : null;
  }
}

/** The steps staff are offered for `profile`: those that apply to it now. */
export function reviewOpsFor(profile: Listing & { listedAt: Date | null }, now = new Date()): ReviewOp[] {
  return REVIEW_OPS.filter((op) => reviewChange(op, profile, now) !== null);
}
