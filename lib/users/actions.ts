'use server';

import { revalidatePath } from 'next/cache';
import { eraseAccount, erasedEmail, unusablePasswordHash } from '@/lib/accounts/erase';
import { recordAudit } from '@/lib/audit/record';
import { endSessionsOf, requireRole } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import { accountDeletedMail } from '@/lib/mail/templates/account-changes';
import { deleteUserSchema, roleSchema, suspendSchema, userIdSchema } from './schema';
import { userState } from './states';
import type { Transaction } from '@/lib/db/client';

// What admins change about an account. Each checks the state it acts on in its where, writes the audit entry with the
// before and after in the same transaction, and refuses to touch the caller's own account.

const admin = () => requireRole('admin');
const NOT_YOURSELF = 'You cannot do that to your own account. Ask another admin.';
const stateOf = (user: Parameters<typeof userState>[0] & { role: string }) => ({
  role: user.role,
  state: userState(user),
});

/** Suspends an account: every session ends; the reason is shown to them when they try to sign in. */
export const suspendUser = defineAction(
  { authorize: admin, schema: suspendSchema, echo: ['reason'] },
  async ({ userId, reason }, actor) => {
    if (userId === actor.id) return { ok: false, message: NOT_YOURSELF };
    const done = await db
      .$transaction(async (tx) => {
        const before = await tx.user.findUnique({ where: { id: userId } });
        if (!before || before.deletedAt) return false;
        const { count } = await tx.user.updateMany({
          where: { id: userId, deletedAt: null, suspendedAt: null },
          data: { suspendedAt: new Date(), suspendedReason: reason },
        });
        if (count !== 1) return false;
        // The last admin cannot be locked out by being suspended either.
        if (before.role === 'admin' && (await activeAdmins(tx)) === 0) throw new LastAdminError();
        await endSessionsOf(tx, userId);
        await recordAudit(tx, actor, {
          action: 'user.suspend',
          targetType: 'user',
          targetId: userId,
          detail: { before: stateOf(before), after: { ...stateOf(before), state: 'suspended' }, reason },
        });
        return true;
      })
      .catch(lastAdminRefusal);
    if (typeof done === 'object') return done;
    if (!done) return { ok: false, message: 'That account is already suspended or gone. Reload the page.' };
    revalidatePath(`/admin/users/${userId}`);
    return { ok: true, message: 'Suspended. Every session of theirs has ended.' };
  },
);

export const restoreUser = defineAction({ authorize: admin, schema: userIdSchema }, async ({ userId }, actor) => {
  const done = await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) return false;
    const { count } = await tx.user.updateMany({
      where: { id: userId, deletedAt: null, suspendedAt: { not: null } },
      data: { suspendedAt: null, suspendedReason: null },
    });
    if (count !== 1) return false;
    const after = await tx.user.findUniqueOrThrow({ where: { id: userId } });
    await recordAudit(tx, actor, {
      action: 'user.restore',
      targetType: 'user',
      targetId: userId,
      detail: { before: stateOf(before), after: stateOf(after) },
    });
    return true;
  });
  if (!done) return { ok: false, message: 'That account is not suspended. Reload the page.' };
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: 'Restored. They can sign in again.' };
});

/** Changes a role. An admin cannot change their own, and the program always keeps one active admin. */
export const changeRole = defineAction({ authorize: admin, schema: roleSchema }, async ({ userId, role }, actor) => {
  if (userId === actor.id) return { ok: false, message: NOT_YOURSELF };
  const done = await db
    .$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: userId } });
      if (!before || before.deletedAt || before.role === role) return false;
      await tx.user.update({ where: { id: userId }, data: { role } });
      if (before.role === 'admin' && (await activeAdmins(tx)) === 0) throw new LastAdminError();
      // New powers, or fewer: sessions start again so no page holds the old role.
      await endSessionsOf(tx, userId);
      await recordAudit(tx, actor, {
        action: 'user.role',
        targetType: 'user',
        targetId: userId,
        detail: { before: { role: before.role }, after: { role } },
      });
      return true;
    })
    .catch(lastAdminRefusal);
  if (typeof done === 'object') return done;
  if (!done) return { ok: false, message: 'Nothing changed: the account has that role already or is gone.' };
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: 'Role changed. They are signed out everywhere, to sign in again with it.' };
});

/** Deletes a pen pal's account: the same erasure as their own deletion. Staff accounts lose their role first. */
export const deleteUser = defineAction({ authorize: admin, schema: deleteUserSchema }, async ({ userId }, actor) => {
  if (userId === actor.id) return { ok: false, message: NOT_YOURSELF };
  const passwordHash = await unusablePasswordHash();
  const erased = await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before || !(await eraseAccount(tx, before, passwordHash))) return null;
    await recordAudit(tx, actor, {
      action: 'user.delete',
      targetType: 'user',
      targetId: userId,
      detail: { before: stateOf(before), after: { role: before.role, state: 'deleted' } },
    });
    return before;
  });
  if (!erased)
    return { ok: false, message: 'Only a pen pal’s account can be deleted, once. Change a staff role first.' };
  await sendMail({ to: erased.email, ...accountDeletedMail(erased.name) });
  revalidatePath(`/admin/users/${userId}`);
  return { ok: true, message: `Deleted. Their personal data is erased; the record is kept as ${erasedEmail(userId)}.` };
});

class LastAdminError extends Error {}

function activeAdmins(tx: Transaction) {
  return tx.user.count({ where: { role: 'admin', deletedAt: null, suspendedAt: null } });
}

/** A write that would leave no active admin is rolled back (thrown out of the transaction) and explained. */
function lastAdminRefusal(error: unknown): { ok: false; message: string } {
  if (error instanceof LastAdminError)
    return { ok: false, message: 'The program must keep at least one active admin. Make someone else admin first.' };
  throw error;
}
