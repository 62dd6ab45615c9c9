'use server';

import { randomBytes } from 'node:crypto';
import { redirect } from 'next/navigation';
import { currentPasswordProblem } from '@/lib/accounts/current-password';
import { deletedEmailHash } from '@/lib/accounts/email-hash';
import { confirmWithPasswordSchema } from '@/lib/accounts/schema';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { isStaff } from '@/lib/auth/roles';
import { endSession, requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { CORRECT_FIELDS_MESSAGE, defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import { accountDeletedMail } from '@/lib/mail/templates/account-changes';

// "Delete my account": the personal data goes at once, in one transaction. The row stays, emptied, because records
// the program must keep (letters, audit entries) point at it; it can never be signed in to again.

const DELETED_NAME = 'Deleted account';

export const deleteAccount = defineAction(
  { authorize: requireUser, schema: confirmWithPasswordSchema },
  async ({ currentPassword }, user) => {
    // A staff account carries the moderation record; an admin removes its role first.
    if (isStaff(user.role))
      return { ok: false, message: 'Staff accounts are closed by an administrator. Please ask one.' };
    const problem = await currentPasswordProblem(user.id, currentPassword);
    if (problem) return { ok: false, message: CORRECT_FIELDS_MESSAGE, fieldErrors: { currentPassword: [problem] } };

    const placeholderEmail = `deleted-${user.id}@deleted.invalid`;
    // A valid hash of a secret nobody keeps: no password matches it.
    const unusableHash = await hashPassword(randomBytes(32).toString('base64url'));
    const deleted = await db.$transaction(async (tx) => {
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
          passwordHash: unusableHash,
          deletedAt: new Date(),
          deletedEmailHash: deletedEmailHash(user.email),
        },
      });
      if (count !== 1) return false;
      await tx.favourite.deleteMany({ where: { userId: user.id } });
      await tx.accountToken.deleteMany({ where: { userId: user.id } });
      // Every sign-in goes, this browser's too; the rows held which browsers were used.
      await tx.session.deleteMany({ where: { userId: user.id } });
      // Entries stay (the log is append-only in what it says happened); the email address they were signed with goes.
      await tx.auditEntry.updateMany({ where: { actorId: user.id }, data: { actorEmail: placeholderEmail } });
      await recordAudit(
        tx,
        { ...user, email: placeholderEmail },
        { action: 'account.delete', targetType: 'user', targetId: user.id },
      );
      return true;
    });
    if (!deleted) return { ok: false, message: 'This account could not be deleted. Please sign in again and retry.' };

    await endSession();
    await sendMail({ to: user.email, ...accountDeletedMail(user.name) });
    redirect('/account/deleted');
  },
);
