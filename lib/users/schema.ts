import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';

// The console's users list: filters in the URL, and what admins change about an account.

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
