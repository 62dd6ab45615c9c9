'use server';

import { revalidatePath } from 'next/cache';
import { recordAudit } from '@/lib/audit/record';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defineAction } from '@/lib/forms/define-action';
import { reportThreadItemSchema, stopWritingSchema, threadIdSchema } from '../replies-schema';
import { LetterKind, LetterStatus, ReplyStatus } from '../status';
import { stopThread } from '../stop-thread';
import { FINAL_STOP_REASONS } from '../threads';

// What a pen pal does with their own thread. Every where names the pen pal, so another's thread id changes nothing.

const NOT_FOUND = { ok: false, message: 'That conversation was not found. Reload the page.' };

/** Opening a thread marks its delivered replies read (called by the page once it is shown, not while rendering). */
export const markThreadRead = defineAction(
  { authorize: requireUser, schema: threadIdSchema },
  async ({ threadId }, user) => {
    const { count } = await db.reply.updateMany({
      where: { threadId, thread: { userId: user.id }, status: ReplyStatus.delivered, readAt: null },
      data: { readAt: new Date() },
    });
    return { ok: true, message: count > 0 ? 'Marked as read.' : undefined };
  },
);

/**
 * Stop writing: the thread is closed to new letters, and, when a letter of the pen pal's has gone or is on its way,
 * the program sends the person a short closing letter from the settings' template so they are not left wondering. It
 * is approved as written (the program wrote it) and goes out with the next batch.
 */
export const stopWriting = defineAction(
  { authorize: requireUser, schema: stopWritingSchema, echo: ['reason', 'note'] },
  async ({ threadId, reason, note }, user) => {
    const stopped = await db.$transaction(async (tx) => {
      const result = await stopThread(tx, threadId, user, reason);
      if (!result) return null;
      await recordAudit(tx, user, {
        action: 'thread.stop',
        targetType: 'thread',
        targetId: threadId,
        detail: { reason, ...(note ? { note } : {}), closingLetterId: result.closingLetterId },
      });
      return { closing: result.closingLetterId !== null, name: result.name };
    });
    if (!stopped) return NOT_FOUND;
    revalidatePath('/inbox', 'layout');
    return {
      ok: true,
      message: stopped.closing
        ? `You have stopped writing to ${stopped.name}. We will post them a short, kind letter so they are not left wondering.`
        : `You have stopped writing to ${stopped.name}.`,
    };
  },
);

/** Start writing again: the thread reopens, and a closing letter that has not been printed yet is not sent. */
export const startWritingAgain = defineAction(
  { authorize: requireUser, schema: threadIdSchema },
  async ({ threadId }, user) => {
    const restarted = await db.$transaction(async (tx) => {
      const { count } = await tx.thread.updateMany({
        // A stop the person inside asked for is theirs to lift, not the pen pal's.
        where: {
          id: threadId,
          userId: user.id,
          stoppedAt: { not: null },
          OR: [{ stopReason: null }, { stopReason: { notIn: FINAL_STOP_REASONS } }],
        },
        data: { stoppedAt: null, stopReason: null, lastActivityAt: new Date() },
      });
      if (count === 0) return false;
      const withdrawn = await tx.letter.deleteMany({
        where: { threadId, kind: LetterKind.closing, status: LetterStatus.approved, batchId: null },
      });
      await recordAudit(tx, user, {
        action: 'thread.restart',
        targetType: 'thread',
        targetId: threadId,
        detail: { closingLettersWithdrawn: withdrawn.count },
      });
      return true;
    });
    if (!restarted) return NOT_FOUND;
    revalidatePath('/inbox', 'layout');
    return { ok: true, message: 'You can write again.' };
  },
);

/** Report a letter or reply of one's own thread: it lands in the reports queue with the text attached. */
export const reportThreadItem = defineAction(
  { authorize: requireUser, schema: reportThreadItemSchema, echo: ['reason', 'details'] },
  async ({ letterId, replyId, reason, details }, user) => {
    const owned = { thread: { userId: user.id } };
    const item = letterId
      ? await db.letter.findFirst({
          where: { id: letterId, ...owned },
          select: { thread: { select: { profileId: true } } },
        })
      : await db.reply.findFirst({
          where: { id: replyId, status: ReplyStatus.delivered, ...owned },
          select: { thread: { select: { profileId: true } } },
        });
    if (!item) return NOT_FOUND;
    await db.profileReport.create({
      data: {
        profileId: item.thread.profileId,
        reason,
        details,
        reporterName: user.name,
        reporterEmail: user.email,
        letterId: letterId || null,
        replyId: replyId || null,
      },
    });
    return { ok: true, message: 'Thank you. Our staff will look at this, usually within two days.' };
  },
);
