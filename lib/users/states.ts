import { ROLES } from '@/lib/auth/roles';

// What the console says about an account: its state, its role, the list's sorts. A plain module, so the console's
// client forms use the labels without zod.

export const USER_STATES = ['active', 'unverified', 'suspended', 'deleted'] as const;
export type UserState = (typeof USER_STATES)[number];
export const USER_STATE_LABELS: Record<UserState, string> = {
  active: 'Active',
  unverified: 'Email not confirmed',
  suspended: 'Suspended',
  deleted: 'Deleted',
};

export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  penpal: 'Pen pal',
  mailroom: 'Mailroom volunteer',
  moderator: 'Moderator',
  admin: 'Admin',
};

export const USER_SORTS = ['newest', 'oldest', 'name'] as const;
export type UserSort = (typeof USER_SORTS)[number];
export const USER_SORT_LABELS: Record<UserSort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  name: 'Name',
};

/** What one account is now, from its columns: deleted wins over suspended, suspended over unconfirmed. */
export function userState(user: { deletedAt: Date | null; suspendedAt: Date | null; emailVerifiedAt: Date | null }) {
  if (user.deletedAt) return 'deleted';
  if (user.suspendedAt) return 'suspended';
  return user.emailVerifiedAt ? 'active' : 'unverified';
}
