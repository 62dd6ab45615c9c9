import 'server-only';
import { db } from '@/lib/db';
import { absoluteUrl } from '@/lib/absolute-url';
import { hashPrivateToken, isPrivateTokenShaped, newPrivateToken } from '@/lib/tokens/private-link';
import { ProfileStatus } from './status-groups';

// When staff request changes, the submitter gets a private link to correct the submission.

const LINK_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export function newChangesLink(now: Date) {
  const { token, hash } = newPrivateToken();
  return {
    url: absoluteUrl(`/profiles/submit/${token}`),
    columns: { changesTokenHash: hash, changesTokenExpiresAt: new Date(now.getTime() + LINK_DAYS * DAY_MS) },
  };
}

export const noChangesLink = { changesTokenHash: null, changesTokenExpiresAt: null };

// What the correction form shows (lib/profiles/form-values.ts) and what a correction keeps: the submission as sent and
// staff's request, nothing of the listing, the letters or the review.
const correctionSelect = {
  id: true,
  slug: true,
  reference: true,
  statusReason: true,
  displayName: true,
  legalName: true,
  inmateNumber: true,
  housingUnit: true,
  facilityId: true,
  birthDate: true,
  gender: true,
  raceEthnicity: true,
  releaseDate: true,
  offense: true,
  bio: true,
  interests: true,
  seeking: true,
  languages: true,
  photoPath: true,
  submitterName: true,
  submitterEmail: true,
  submitterRelationship: true,
  facility: {
    select: {
      reviewedAt: true,
      name: true,
      state: true,
      addressLines: true,
      mailScanned: true,
      scanAddressLines: true,
      photoRules: true,
      messagingVendor: true,
    },
  },
} as const;

/** The submission a changes link opens, while changes are still wanted and the link has not run out. */
export function profileForChanges(token: string, now = new Date()) {
  if (!isPrivateTokenShaped(token)) return null;
  return db.profile.findFirst({
    where: {
      changesTokenHash: hashPrivateToken(token),
      status: ProfileStatus.changes_requested,
      changesTokenExpiresAt: { gt: now },
    },
    select: correctionSelect,
  });
}
