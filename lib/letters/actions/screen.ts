'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { recordAudit } from '@/lib/audit/record';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import { letterChangesMail, letterNotSentMail } from '@/lib/mail/templates/letters';
import { screenLetterSchema } from '../desk-schema';
import { letterStep } from '../status';
import { settingsOrDefaults } from '@/lib/settings';

/** A moderator's decision on a submitted letter: approve, send back for changes, or reject, with a reason. */
export const screenLetter = defineAction(
  { authorize: requireStaff, schema: screenLetterSchema, echo: ['reasonCode', 'note'] },
  async ({ letterId, seenStatus, op, reasonCode, note }, actor) => {
    const decided = op === 'approve' ? { reasonCode: null, note: null } : { reasonCode, note: note || null };
    const result = await db.$transaction(async (tx) => {
      const before = await tx.letter.findUnique({
        where: { id: letterId },
        select: {
          status: true,
          threadId: true,
          thread: { select: { user: { select: { email: true, name: true, deletedAt: true } }, profile: true } },
        },
      });
      if (!before) return 'missing';
      if (before.status !== seenStatus) return 'changed';
      const to = letterStep(op, before.status);
      if (!to) return 'not-applicable';
      // The status decided on is in the where: if another moderator acted meanwhile, nothing is written.
      const { count } = await tx.letter.updateMany({
        where: { id: letterId, status: before.status },
        data: { status: to, ...decided },
      });
      if (count !== 1) return 'changed';
      await tx.letterEvent.create({ data: { letterId, status: to, ...decided, actorId: actor.id } });
      await recordAudit(tx, actor, {
        action: `letter.${op}`,
        targetType: 'letter',
        targetId: letterId,
        detail: { from: before.status, to, ...(decided.reasonCode ? { reasonCode: decided.reasonCode } : {}) },
      });
      return before;
    });
    if (result === 'missing') return { ok: false, message: 'That letter no longer exists.' };
    if (result === 'changed')
      return { ok: false, message: 'Someone else acted on this letter while you had it open. Reload the page.' };
    if (result === 'not-applicable')
      return { ok: false, message: 'That step does not apply to this letter as it stands. Reload the page.' };

    const { user, profile } = result.thread;
    if (op !== 'approve' && !user.deletedAt) {
      const to = { penPalName: user.name, personName: profile.displayName };
      const settings = await settingsOrDefaults();
      const mail =
        op === 'request_changes'
          ? letterChangesMail(settings, to, letterId, reasonCode, note)
          : letterNotSentMail(settings, to, result.threadId, reasonCode, note);
      await sendMail({ to: user.email, ...mail });
    }
    revalidatePath('/admin', 'layout');
    revalidatePath(`/inbox/${result.threadId}`);
    // The letter leaves the queue, and its form with it: the queue itself says what was done.
    redirect(`/admin/letters?done=${op}&to=${encodeURIComponent(profile.displayName)}`);
  },
);
