// The profile statuses and their groups, in a module without the Prisma runtime so client components can use them.
// The status machine itself, and what "listed" means: listing.ts.
import { ProfileStatus } from '@/lib/db/generated/sqlite/enums';

export { ProfileStatus };
export const PROFILE_STATUSES = Object.values(ProfileStatus);
const { pending, changes_requested, rejected, released, transferred, taken_down } = ProfileStatus;

/** Waiting for staff: new, or sent back to the submitter for changes. */
export const AWAITING_REVIEW: readonly ProfileStatus[] = [pending, changes_requested];
/** Reviewed and out of the directory whatever the dates; only approving lists one again. */
export const CLOSED: readonly ProfileStatus[] = [rejected, released, transferred, taken_down];
