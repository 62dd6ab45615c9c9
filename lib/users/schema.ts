import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';

// The console's users list: filters in the URL, and what admins change about an account.

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

const userId = z.string().min(1).max(64);

export const suspendSchema = z.object({
  userId,
  reason: z
    .string()
    .trim()
    .min(1, 'Give a reason: the person is shown it when they try to sign in.')
    .max(500, 'Keep the reason to 500 characters.'),
});

export const userIdSchema = z.object({ userId });

/** Deleting cannot be undone: the admin ticks a box to say they mean it. */
export const deleteUserSchema = z.object({
  userId,
  confirm: z.literal('yes', 'Tick the box to confirm the deletion.'),
});

export const roleSchema = z.object({
  userId,
  role: z.enum(ROLES, 'Choose a role.'),
});
