'use server';

import { redirect } from 'next/navigation';
import { currentPasswordProblem } from '@/lib/accounts/current-password';
import { eraseAccount, erasedEmail, unusablePasswordHash } from '@/lib/accounts/erase';
import { confirmWithPasswordSchema } from '@/lib/accounts/schema';
import { recordAudit } from '@/lib/audit/record';
import { isStaff } from '@/lib/auth/roles';
import { endSession, requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { CORRECT_FIELDS_MESSAGE, defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import { accountDeletedMail } from '@/lib/mail/templates/account-changes';

// "Delete my account": the personal data goes at once, in one transaction (eraseAccount); it can never be signed in
// to again.

export const deleteAccount = defineAction(
  { authorize: requireUser, schema: confirmWithPasswordSchema },
  async ({ currentPassword }, user) => {
    // A staff account carries the moderation record; an admin removes its role first.
    if (isStaff(user.role))
      return { ok: false, message: 'Staff accounts are closed by an administrator. Please ask one.' };
    const problem = await currentPasswordProblem(user.id, currentPassword);
    if (problem) return { ok: false, message: CORRECT_FIELDS_MESSAGE, fieldErrors: { currentPassword: [problem] } };

    const placeholderEmail = erasedEmail(user.id);
    const passwordHash = await unusablePasswordHash();
    const deleted = await db.$transaction(async (tx) => {
      if (!(await eraseAccount(tx, user, passwordHash))) return false;
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
