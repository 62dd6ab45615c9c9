'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { recordAudit } from '@/lib/audit/record';
import { requireMailroom } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defineAction } from '@/lib/forms/define-action';
import { readSettings } from '@/lib/settings';
import { createBatchSchema, postBatchSchema } from '../desk-schema';
import { batchTotals } from '../postage';
import { sheetsFor } from '../sheets';
import { LETTER_STEPS } from '../status';

/** Letters in one batch at most: a morning's printing, and a bound on one transaction. */
const MAX_BATCH_LETTERS = 100;

// Thrown inside a transaction to roll it back when another volunteer took a letter first.
class Taken extends Error {}

/** Approved letters, all waiting or the ticked ones, into a new batch: each printed, with its sheets and postage. */
export const createBatch = defineAction(
  { authorize: requireMailroom, schema: createBatchSchema },
  async ({ scope, ids }, actor) => {
    const now = new Date();
    const { from, to } = { from: LETTER_STEPS.print.from[0], to: LETTER_STEPS.print.to };
    const batchId = await db
      .$transaction(async (tx) => {
        const letters = await tx.letter.findMany({
          where: { status: from, batchId: null, ...(scope === 'selected' ? { id: { in: ids } } : {}) },
          orderBy: [{ submittedAt: 'asc' }, { createdAt: 'asc' }],
          take: MAX_BATCH_LETTERS,
          select: { id: true, body: true },
        });
        if (letters.length === 0 || (scope === 'selected' && letters.length !== new Set(ids).size)) throw new Taken();
        const sheets = letters.map((letter) => sheetsFor(letter.body));
        const { postage } = await readSettings(tx);
        const batch = await tx.batch.create({
          data: { createdById: actor.id, printedAt: now, ...batchTotals(sheets, postage) },
        });
        for (const [i, letter] of letters.entries()) {
          // Each letter's status is in its where: one another volunteer batched meanwhile undoes this whole batch.
          const { count } = await tx.letter.updateMany({
            where: { id: letter.id, status: from, batchId: null },
            data: { status: to, batchId: batch.id, sheets: sheets[i] },
          });
          if (count !== 1) throw new Taken();
          await recordAudit(tx, actor, {
            action: 'letter.print',
            targetType: 'letter',
            targetId: letter.id,
            detail: { batchId: batch.id, sheets: sheets[i] },
          });
        }
        await tx.letterEvent.createMany({
          data: letters.map((letter) => ({ letterId: letter.id, status: to, actorId: actor.id })),
        });
        return batch.id;
      })
      .catch((error: unknown) => {
        if (error instanceof Taken) return null;
        throw error;
      });
    if (!batchId)
      return {
        ok: false,
        message:
          scope === 'selected'
            ? 'Some of those letters were batched by someone else meanwhile. Reload the page and choose again.'
            : 'There are no approved letters waiting to print.',
      };
    revalidatePath('/admin', 'layout');
    redirect(`/admin/letters/batches/${batchId}?created=1`);
  },
);

/** Every printed letter in the batch posted today, and the batch with it. */
export const markBatchPosted = defineAction(
  { authorize: requireMailroom, schema: postBatchSchema },
  async ({ batchId }, actor) => {
    const now = new Date();
    const { from, to } = { from: LETTER_STEPS.post.from[0], to: LETTER_STEPS.post.to };
    const posted = await db.$transaction(async (tx) => {
      // Posting twice at once: only the first sets postedAt, the second finds nothing to change.
      const { count } = await tx.batch.updateMany({ where: { id: batchId, postedAt: null }, data: { postedAt: now } });
      if (count !== 1) return null;
      const letters = await tx.letter.findMany({ where: { batchId, status: from }, select: { id: true } });
      const ids = letters.map((letter) => letter.id);
      await tx.letter.updateMany({ where: { id: { in: ids }, status: from }, data: { status: to, postedAt: now } });
      await tx.letterEvent.createMany({ data: ids.map((letterId) => ({ letterId, status: to, actorId: actor.id })) });
      for (const letterId of ids)
        await recordAudit(tx, actor, {
          action: 'letter.post',
          targetType: 'letter',
          targetId: letterId,
          detail: { batchId },
        });
      return ids.length;
    });
    if (posted === null)
      return { ok: false, message: 'This batch is already marked posted, or no longer exists. Reload the page.' };
    revalidatePath('/admin', 'layout');
    revalidatePath('/inbox', 'layout');
    return { ok: true, message: `Marked posted: ${posted} ${posted === 1 ? 'letter' : 'letters'}.` };
  },
);
