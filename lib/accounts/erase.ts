import 'server-only';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import type { Database } from '@/lib/db/client';
import { deletedEmailHash } from './email-hash';

type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

const DELETED_NAME = 'Deleted account';

/** A valid hash of a secret nobody keeps, so no password ever matches an erased account. */
export function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString('base64url'));
}

/**
 * Erases a pen pal's personal data inside the caller's transaction: the row stays, emptied, because records the
 * program must keep (letters, audit entries) point at it; the email survives only as a keyed hash. Used by a pen pal
 * deleting their own account and by an admin deleting one. False when the account is gone already or not a pen pal's.
 */
export async function eraseAccount(
  tx: Transaction,
  user: { id: string; email: string },
  passwordHash: string,
  now = new Date(),
): Promise<boolean> {
  const placeholderEmail = erasedEmail(user.id);
  const { count } = await tx.user.updateMany({
    where: { id: user.id, deletedAt: null, role: 'penpal' },
    data: {
      email: placeholderEmail,
      name: DELETED_NAME,
      about: '',
      interests: '',
      languages: '',
      offers: '',
      country: '',
      emailVerifiedAt: null,
      passwordHash,
      deletedAt: now,
      deletedEmailHash: deletedEmailHash(user.email),
    },
  });
  if (count !== 1) return false;
  await tx.favourite.deleteMany({ where: { userId: user.id } });
  await tx.accountToken.deleteMany({ where: { userId: user.id } });
  // Every sign-in goes; the rows held which browsers were used.
  await tx.session.deleteMany({ where: { userId: user.id } });
  // Entries stay (the log is append-only in what it says happened); the email address they were signed with goes.
  await tx.auditEntry.updateMany({ where: { actorId: user.id }, data: { actorEmail: placeholderEmail } });
  return true;
}

/** The address an erased account is left with: unique, and deliverable nowhere. */
export function erasedEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}
