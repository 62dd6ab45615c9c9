import 'server-only';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '@/lib/auth/password';
import type { Transaction } from '@/lib/db/client';
import { stopThread } from '@/lib/letters/stop-thread';
import { ACCOUNT_DELETED_REASON } from '@/lib/letters/threads';
import { LetterStatus } from '@/lib/letters/status';
import { deletedEmailHash } from './email-hash';

const DELETED_NAME = 'Deleted account';

/** A valid hash of a secret nobody keeps, so no password ever matches an erased account. */
export function unusablePasswordHash(): Promise<string> {
  return hashPassword(randomBytes(32).toString('base64url'));
}

/**
 * Erases a pen pal's personal data inside the caller's transaction: the row stays, emptied, because records the
 * program must keep (letters, audit entries) point at it; the email survives only as a keyed hash. Used by a pen pal
 * deleting their own account and by an admin deleting one. False when the account is gone already or not a pen pal's.
 *
 * Letters: drafts go; every thread still open is stopped as "stop writing" does, so the person inside gets the
 * program's closing letter where a letter had gone or was on its way; letters sent stay for the program's records
 * under the emptied account, which is what anonymises them. A thread left with nothing in it goes.
 */
export async function eraseAccount(
  tx: Transaction,
  user: { id: string; email: string; name: string },
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
  // The closing letter signs with the name the caller passed, as the person inside knows them.
  await endThreads(tx, user, now);
  // Reports on letters and replies named who filed them; the report stays for its outcome, the name and address go.
  await tx.profileReport.updateMany({
    where: { reporterEmail: user.email },
    data: { reporterName: DELETED_NAME, reporterEmail: '' },
  });
  await tx.favourite.deleteMany({ where: { userId: user.id } });
  await tx.accountToken.deleteMany({ where: { userId: user.id } });
  // Every sign-in goes; the rows held which browsers were used.
  await tx.session.deleteMany({ where: { userId: user.id } });
  // Entries stay (the log is append-only in what it says happened); the email address they were signed with goes.
  await tx.auditEntry.updateMany({ where: { actorId: user.id }, data: { actorEmail: placeholderEmail } });
  return true;
}

async function endThreads(tx: Transaction, user: { id: string; name: string }, now: Date) {
  await tx.letter.deleteMany({ where: { thread: { userId: user.id }, status: LetterStatus.draft } });
  await tx.thread.deleteMany({ where: { userId: user.id, letters: { none: {} }, replies: { none: {} } } });
  const open = await tx.thread.findMany({ where: { userId: user.id, stoppedAt: null }, select: { id: true } });
  for (const thread of open) await stopThread(tx, thread.id, user, ACCOUNT_DELETED_REASON, now);
}

/** The address an erased account is left with: unique, and deliverable nowhere. */
export function erasedEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}
