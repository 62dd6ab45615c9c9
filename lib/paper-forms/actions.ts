'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { invalidate } from '@/lib/cache/data-cache';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defineAction } from '@/lib/forms/define-action';
import { stopThread } from '@/lib/letters/stop-thread';
import { PERSON_ASKED_REASON } from '@/lib/letters/threads';
import { sendMail } from '@/lib/mail/send';
import { personAskedToStopMail } from '@/lib/mail/templates/letters';
import { settingsOrDefaults } from '@/lib/settings';

/** Staff record that a signed paper form confirmed the person's consent to be listed. */
export const confirmConsent = defineAction(
  { authorize: requireStaff, schema: z.object({ profileId: z.string().min(1).max(64) }) },
  async ({ profileId }, actor) => {
    const now = new Date();
    const done = await db.$transaction(async (tx) => {
      const before = await tx.profile.findUnique({
        where: { id: profileId },
        select: { slug: true, consentConfirmedAt: true },
      });
      if (!before) return null;
      await tx.profile.update({ where: { id: profileId }, data: { consentGiven: true, consentConfirmedAt: now } });
      await recordAudit(tx, actor, {
        action: 'profile.consent',
        targetType: 'profile',
        targetId: profileId,
        detail: { before: before.consentConfirmedAt, after: now, source: 'paper form' },
      });
      return before.slug;
    });
    if (!done) return { ok: false, message: 'That profile no longer exists.' };
    // The public page says when consent was last confirmed.
    await invalidate(`profile:${done}`);
    revalidatePath(`/admin/profiles/${profileId}`);
    return { ok: true, message: 'Consent recorded as confirmed today.' };
  },
);

/** The person inside asked, on a paper form, for a pen pal's letters to stop: the thread closes for good. */
export const stopThreadOnRequest = defineAction(
  { authorize: requireStaff, schema: z.object({ threadId: z.string().min(1).max(64) }) },
  async ({ threadId }, actor) => {
    const stopped = await db.$transaction(async (tx) => {
      const thread = await tx.thread.findUnique({
        where: { id: threadId },
        select: { userId: true, user: { select: { name: true, email: true, deletedAt: true } } },
      });
      if (!thread) return null;
      const done = await stopThread(tx, threadId, { id: thread.userId, name: thread.user.name }, PERSON_ASKED_REASON);
      if (!done) return null;
      await recordAudit(tx, actor, {
        action: 'thread.stop',
        targetType: 'thread',
        targetId: threadId,
        detail: { reason: PERSON_ASKED_REASON, source: 'paper form' },
      });
      return { ...thread.user, personName: done.name };
    });
    if (!stopped) return { ok: false, message: 'That conversation is stopped already or no longer exists.' };
    if (!stopped.deletedAt)
      await sendMail({
        to: stopped.email,
        ...personAskedToStopMail(
          await settingsOrDefaults(),
          { penPalName: stopped.name, personName: stopped.personName },
          threadId,
        ),
      });
    revalidatePath('/admin/forms');
    return { ok: true, message: `Stopped. ${stopped.name} has been told by email, and cannot write to them again.` };
  },
);
