'use server';

import { revalidatePath } from 'next/cache';
import { invalidate } from '@/lib/cache/data-cache';
import { recordAudit } from '@/lib/audit/record';
import { requireMailroom, requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import { letterReturnedMail } from '@/lib/mail/templates/letters';
import { clearLettersPauseSchema, recordReturnSchema } from '../desk-schema';
import { pausesLetters, RETURN_REASON_LABELS } from '../reasons';
import { letterStep } from '../status';
import { settingsOrDefaults } from '@/lib/settings';

/**
 * A posted letter came back. Moved or released means the profile's address is out of date: new letters to it pause
 * and the profile waits in the review queue's "Letters returned" tab until staff check it (RELAY.md: a returned letter
 * is the best signal that a profile is out of date).
 */
export const recordReturn = defineAction(
  { authorize: requireMailroom, schema: recordReturnSchema, echo: ['reason', 'note'] },
  async ({ letterId, reason, note }, actor) => {
    const now = new Date();
    const paused = pausesLetters(reason);
    const result = await db.$transaction(async (tx) => {
      const before = await tx.letter.findUnique({
        where: { id: letterId },
        select: {
          status: true,
          threadId: true,
          thread: {
            select: {
              profileId: true,
              profile: { select: { displayName: true, slug: true } },
              user: { select: { email: true, name: true, deletedAt: true } },
            },
          },
        },
      });
      if (!before) return 'missing';
      const to = letterStep('return', before.status);
      if (!to) return 'not-applicable';
      const { count } = await tx.letter.updateMany({
        where: { id: letterId, status: before.status },
        data: { status: to, reasonCode: reason, note: note || null },
      });
      if (count !== 1) return 'not-applicable';
      await tx.letterEvent.create({
        data: { letterId, status: to, reasonCode: reason, note: note || null, actorId: actor.id },
      });
      await recordAudit(tx, actor, {
        action: 'letter.return',
        targetType: 'letter',
        targetId: letterId,
        detail: { reason, ...(note ? { note } : {}) },
      });
      if (paused) {
        const profileId = before.thread.profileId;
        // A profile already paused keeps the first reason and date: that is when it went out of date.
        const { count: newlyPaused } = await tx.profile.updateMany({
          where: { id: profileId, lettersPausedAt: null },
          data: { lettersPausedAt: now, lettersPausedReason: `Letter returned: ${RETURN_REASON_LABELS[reason]}` },
        });
        if (newlyPaused === 1)
          await recordAudit(tx, actor, {
            action: 'profile.letters_paused',
            targetType: 'profile',
            targetId: profileId,
            detail: { letterId, reason },
          });
      }
      return before;
    });
    if (result === 'missing') return { ok: false, message: 'That letter no longer exists.' };
    if (result === 'not-applicable')
      return { ok: false, message: 'Only a posted letter can be recorded as returned. Reload the page.' };
    const { user, profile } = result.thread;
    if (!user.deletedAt)
      await sendMail({
        to: user.email,
        ...letterReturnedMail(
          await settingsOrDefaults(),
          { penPalName: user.name, personName: profile.displayName },
          result.threadId,
          reason,
          paused,
        ),
      });
    // A paused profile's page says letters are paused (the writing feature reads lettersPausedAt).
    if (paused) await invalidate(`profile:${profile.slug}`);
    revalidatePath('/admin', 'layout');
    revalidatePath(`/inbox/${result.threadId}`);
    return {
      ok: true,
      message: paused
        ? 'Recorded as returned. Letters to this person are paused and the profile is waiting in the review queue.'
        : 'Recorded as returned.',
    };
  },
);

/** Staff have checked where the person is now: letters to the profile may go out again. */
export const clearLettersPause = defineAction(
  { authorize: requireStaff, schema: clearLettersPauseSchema },
  async ({ profileId }, actor) => {
    const cleared = await db.$transaction(async (tx) => {
      const before = await tx.profile.findUnique({
        where: { id: profileId },
        select: { lettersPausedAt: true, lettersPausedReason: true, slug: true },
      });
      if (!before?.lettersPausedAt) return null;
      const { count } = await tx.profile.updateMany({
        where: { id: profileId, lettersPausedAt: before.lettersPausedAt },
        data: { lettersPausedAt: null, lettersPausedReason: null },
      });
      if (count !== 1) return null;
      await recordAudit(tx, actor, {
        action: 'profile.letters_resumed',
        targetType: 'profile',
        targetId: profileId,
        detail: { pausedReason: before.lettersPausedReason },
      });
      return before.slug;
    });
    if (!cleared) return { ok: false, message: 'Letters to this profile are not paused. Reload the page.' };
    await invalidate(`profile:${cleared}`);
    revalidatePath('/admin', 'layout');
    return { ok: true, message: 'Letters to this person can go out again.' };
  },
);
