import 'server-only';
import { verifyPassword } from '@/lib/auth/password';
import { db } from '@/lib/db';
import { hitRateLimit } from '@/lib/rate-limit';

// Changing the email or password and deleting the account each ask for the current password, so a browser left
// signed in is not enough to take the account. The limit keeps someone holding such a browser from guessing it.
const CHECKS_PER_ACCOUNT = { name: 'account-password-check', limit: 10, windowMs: 15 * 60_000 };

export const WRONG_PASSWORD = 'That is not your current password.';
export const TOO_MANY_CHECKS = 'Too many attempts with the wrong password. Please wait 15 minutes and try again.';

/** Null when `password` is the account's current one; otherwise what to tell the person, as a field error. */
export async function currentPasswordProblem(userId: string, password: string): Promise<string | null> {
  if (!(await hitRateLimit(CHECKS_PER_ACCOUNT, userId)).allowed) return TOO_MANY_CHECKS;
  const user = await db.user.findUnique({ where: { id: userId, deletedAt: null }, select: { passwordHash: true } });
  return user && (await verifyPassword(user.passwordHash, password)) ? null : WRONG_PASSWORD;
}
