import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';

// What a deleted account keeps of its email address (User.deletedEmailHash): a keyed hash, so the address cannot be
// read back from a copy of the database, yet a sign-up with the same address can be recognised for a while.

/** Days after a deletion before the same address can open a new account. */
export const DELETED_EMAIL_HOLD_DAYS = 30;

/** The keyed hash of `email` (case and surrounding spaces ignored) that deletion stores and sign-up compares. */
export function deletedEmailHash(email: string): string {
  return createHmac('sha256', env.authSecret).update(`deleted-email:${email.trim().toLowerCase()}`).digest('hex');
}

/** The earliest deletion time that still holds the address back, as of `now`. */
export function deletedEmailHeldSince(now = new Date()): Date {
  return new Date(now.getTime() - DELETED_EMAIL_HOLD_DAYS * 24 * 60 * 60 * 1000);
}
