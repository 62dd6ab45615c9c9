// When a profile is in the directory: the rules every page, query and action share. Pure, so tests need no database.
import { STATUS_LABELS, type ProfileStatus } from './vocabulary';

type Listing = { status: string; expiresAt: Date | null };

/** Listed: shown. Gone: was public and no longer is (released, moved, expired, taken down): 410. Missing: never public. */
export type Availability = 'listed' | 'gone' | 'missing';

export const LISTING_MONTHS = 12;
export const EXPIRING_SOON_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
const ONCE_PUBLIC = new Set(['published', 'expired', 'released', 'transferred', 'taken_down']);

/** A listing runs twelve calendar months from approval or renewal, then drops out on its own. */
export function expiryFrom(date: Date): Date {
  const expires = new Date(date);
  expires.setUTCMonth(expires.getUTCMonth() + LISTING_MONTHS);
  // 29 February plus a year lands on 1 March, which is what we want: never earlier than a year.
  return expires;
}

export function isListed(profile: Listing, now = new Date()): boolean {
  return profile.status === 'published' && profile.expiresAt !== null && profile.expiresAt > now;
}

export function availabilityOf(profile: Listing | null, now = new Date()): Availability {
  if (!profile || !ONCE_PUBLIC.has(profile.status)) return 'missing';
  return isListed(profile, now) ? 'listed' : 'gone';
}

/** What staff see as a profile's state: a published listing past its date shows as expired, as it has dropped out. */
export function statusLabel(profile: Listing, now = new Date()): string {
  const status = profile.status === 'published' && !isListed(profile, now) ? 'expired' : profile.status;
  return STATUS_LABELS[status as ProfileStatus] ?? status;
}

/** The end of the expiring-soon window: listings ending by then want renewing. */
export function expiringSoonBefore(now = new Date()): Date {
  return new Date(now.getTime() + EXPIRING_SOON_DAYS * DAY_MS);
}

/** Listed now but due to drop out within EXPIRING_SOON_DAYS unless renewed (the admin queue's rule, for one profile). */
export function isExpiringSoon(profile: Listing, now = new Date()): boolean {
  return isListed(profile, now) && profile.expiresAt! <= expiringSoonBefore(now);
}
