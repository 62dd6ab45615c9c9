import { isListed } from '@/lib/profiles/listing';
import type { ProfileStatus } from '@/lib/db/generated/sqlite/enums';

// Why a saved profile is no longer in the directory, in a word or two: what the pen pal may know, nothing more. A
// take-down or a rejection says only "no longer listed": the reason may be someone else's safety.

export type SavedListing = { status: ProfileStatus; expiresAt: Date | null; state: string };

/** `hiddenStates`: the listing rules by state (settings), whose people's profiles are not shown. */
export function unlistedReason(
  profile: SavedListing,
  now = new Date(),
  hiddenStates: readonly string[] = [],
): string | null {
  if (isListed(profile, now)) return hiddenStates.includes(profile.state) ? 'Not shown in this state' : null;
  switch (profile.status) {
    case 'released':
      return 'Released';
    case 'transferred':
      return 'Transferred';
    case 'published':
      return 'Listing expired';
    default:
      return 'No longer listed';
  }
}
