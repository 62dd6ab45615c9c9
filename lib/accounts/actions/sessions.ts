'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { currentPasswordProblem } from '@/lib/accounts/current-password';
import { changePasswordSchema, sessionIdSchema } from '@/lib/accounts/schema';
import { recordAudit } from '@/lib/audit/record';
import { hashPassword } from '@/lib/auth/password';
import { passwordProblems } from '@/lib/auth/password-policy';
import { endSessionsOf, requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { CORRECT_FIELDS_MESSAGE, defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import { passwordChangedMail } from '@/lib/mail/templates/account-access';

// Security: the password, and the browsers signed in to the account. Ending a session revokes its row, so a copy of
// that browser's cookie opens nothing from the next request on.

export const changePassword = defineAction(
  { authorize: requireUser, schema: changePasswordSchema },
  async ({ currentPassword, password }, user) => {
    const fieldErrors: Record<string, string[]> = {};
    const wrong = await currentPasswordProblem(user.id, currentPassword);
    if (wrong) fieldErrors.currentPassword = [wrong];
    const weak =
      password === currentPassword
        ? ['Choose a password that is different from your current one.']
        : passwordProblems(password, [user.name, user.email.split('@')[0]!]);
    if (weak.length > 0) fieldErrors.password = weak;
    if (Object.keys(fieldErrors).length > 0) return { ok: false, message: CORRECT_FIELDS_MESSAGE, fieldErrors };

    const passwordHash = await hashPassword(password);
    const now = new Date();
    await db.$transaction(async (tx) => {
      await tx.user.updateMany({ where: { id: user.id, deletedAt: null }, data: { passwordHash } });
      // Whoever else is signed in, perhaps the reason for the change, is signed out; this browser stays.
      await endSessionsOf(tx, user.id, user.sessionId);
      // A reset link sent before the change must not undo it.
      await tx.accountToken.updateMany({
        where: { userId: user.id, purpose: 'reset_password', usedAt: null },
        data: { usedAt: now },
      });
      await recordAudit(tx, user, { action: 'account.password_change', targetType: 'user', targetId: user.id });
    });
    await sendMail({ to: user.email, ...passwordChangedMail({ name: user.name }) });
    revalidatePath('/account/security');
    return {
      ok: true,
      message: 'Your password is changed, and every other browser signed in to your account has been signed out.',
    };
  },
);

export const endOtherSession = defineAction(
  { authorize: requireUser, schema: sessionIdSchema },
  async ({ sessionId }, user) => {
    // This browser signs out with "Sign out" (which also clears its cookie), not from the list.
    const { count } = await db.session.updateMany({
      where: { id: sessionId, userId: user.id, revokedAt: null, NOT: { id: user.sessionId } },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return { ok: false, message: 'That browser was already signed out.' };
    revalidatePath('/account/security');
    return { ok: true, message: 'That browser is signed out.' };
  },
);

export const endAllOtherSessions = defineAction(
  { authorize: requireUser, schema: z.object({}) },
  async (_input, user) => {
    await db.$transaction((tx) => endSessionsOf(tx, user.id, user.sessionId));
    revalidatePath('/account/security');
    return { ok: true, message: 'Every other browser is signed out. This one stays signed in.' };
  },
);
