'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defineAction } from '@/lib/forms/define-action';

/** Staff record that a signed paper form confirmed the person's consent to be listed. */
export const confirmConsent = defineAction(
  { authorize: requireStaff, schema: z.object({ profileId: z.string().min(1).max(64) }) },
  async ({ profileId }, actor) => {
    const now = new Date();
    const done = await db.$transaction(async (tx) => {
      const before = await tx.profile.findUnique({ where: { id: profileId }, select: { consentConfirmedAt: true } });
      if (!before) return false;
      await tx.profile.update({ where: { id: profileId }, data: { consentGiven: true, consentConfirmedAt: now } });
      await recordAudit(tx, actor, {
        action: 'profile.consent',
        targetType: 'profile',
        targetId: profileId,
        detail: { before: before.consentConfirmedAt, after: now, source: 'paper form' },
      });
      return true;
    });
    if (!done) return { ok: false, message: 'That profile no longer exists.' };
    revalidatePath(`/admin/profiles/${profileId}`);
    return { ok: true, message: 'Consent recorded as confirmed today.' };
  },
);
