'use server';

import { revalidatePath } from 'next/cache';
import { recordAudit } from '@/lib/audit/record';
import { requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defineAction } from '@/lib/forms/define-action';
import { sendMail } from '@/lib/mail/send';
import { replyArrivedMail } from '@/lib/mail/templates/letters-replies';
import { deliverReplySchema, withholdReplySchema } from '../replies-schema';
import { ReplyStatus } from '../status';
import { settingsOrDefaults } from '@/lib/settings';

const GONE = { ok: false, message: 'That reply has been decided already or no longer exists. Reload the page.' };

/** A moderator lets a held reply through: the pen pal sees it and is emailed. */
export const deliverReply = defineAction(
  { authorize: requireStaff, schema: deliverReplySchema },
  async ({ replyId }, actor) => {
    const thread = await db.$transaction(async (tx) => {
      // The status goes in the where, so of two moderators deciding at once only one succeeds.
      const { count } = await tx.reply.updateMany({
        where: { id: replyId, status: ReplyStatus.screening },
        data: { status: ReplyStatus.delivered },
      });
      if (count === 0) return null;
      const reply = await tx.reply.findUniqueOrThrow({ where: { id: replyId }, select: { threadId: true } });
      await recordAudit(tx, actor, { action: 'reply.deliver', targetType: 'reply', targetId: replyId });
      return tx.thread.update({
        where: { id: reply.threadId },
        data: { lastActivityAt: new Date() },
        select: { id: true, profile: { select: { displayName: true } }, user: { select: { name: true, email: true } } },
      });
    });
    if (!thread) return GONE;
    await sendMail({
      to: thread.user.email,
      ...replyArrivedMail(await settingsOrDefaults(), {
        threadId: thread.id,
        from: thread.profile.displayName,
        penPalName: thread.user.name,
      }),
    });
    revalidatePath('/admin/letters/intake');
    return { ok: true, message: `Delivered to ${thread.user.name}.` };
  },
);

/** A moderator keeps a held reply from the pen pal, with a reason kept in the audit log. */
export const withholdReply = defineAction(
  { authorize: requireStaff, schema: withholdReplySchema, echo: ['reason'] },
  async ({ replyId, reason }, actor) => {
    const withheld = await db.$transaction(async (tx) => {
      const { count } = await tx.reply.updateMany({
        where: { id: replyId, status: ReplyStatus.screening },
        data: { status: ReplyStatus.withheld },
      });
      if (count === 0) return false;
      await recordAudit(tx, actor, {
        action: 'reply.withhold',
        targetType: 'reply',
        targetId: replyId,
        detail: { reason },
      });
      return true;
    });
    if (!withheld) return GONE;
    revalidatePath('/admin/letters/intake');
    return { ok: true, message: 'Withheld. The pen pal will not see this reply.' };
  },
);
