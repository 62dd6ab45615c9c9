import { z } from 'zod';
import { many } from '@/lib/forms/values';
import { LetterStatus } from './status';
import { RETURN_REASONS, SCREENING_REASONS } from './reasons';

// What the staff desk's forms send: screening decisions, batches, posting, returns and lifting a pause.

export const SCREENING_OPS = ['approve', 'request_changes', 'reject'] as const;
export type ScreeningOp = (typeof SCREENING_OPS)[number];

const note = z.string().trim().max(1000, 'Keep the note to 1,000 characters or fewer.').optional().default('');

export const screenLetterSchema = z
  .object({
    letterId: z.string().min(1),
    // The status the moderator saw: a decision on a letter someone else has since acted on is refused.
    seenStatus: z.enum(LetterStatus),
    op: z.enum(SCREENING_OPS),
    reasonCode: z
      .union([z.enum(SCREENING_REASONS), z.literal('')])
      .optional()
      .default(''),
    note,
  })
  .refine((input) => input.op === 'approve' || input.reasonCode !== '', {
    path: ['reasonCode'],
    message: 'Choose a reason: the pen pal is told it.',
  })
  .refine((input) => input.op === 'approve' || input.reasonCode !== 'other' || input.note !== '', {
    path: ['note'],
    message: 'Write a note saying what the reason is.',
  });

// A batch of every approved letter waiting, or of the ticked ones.
export const createBatchSchema = z
  .object({
    scope: z.enum(['all', 'selected']),
    ids: many(z.string()),
  })
  .refine((input) => input.scope === 'all' || input.ids.length > 0, {
    path: ['ids'],
    message: 'Tick the letters to put in the batch, or create a batch of them all.',
  });

export const postBatchSchema = z.object({ batchId: z.string().min(1) });

export const recordReturnSchema = z.object({
  letterId: z.string().min(1),
  reason: z.enum(RETURN_REASONS, { error: 'Choose what the envelope says.' }),
  note,
});

export const clearLettersPauseSchema = z.object({ profileId: z.string().min(1) });

/** What the screening queue says after a decision, naming the person the letter was to. */
export const SCREENING_DONE: Record<ScreeningOp, (to: string) => string> = {
  approve: (to) => `Approved the letter to ${to}: it is in the print queue.`,
  request_changes: (to) => `Sent the letter to ${to} back for changes. The pen pal has been emailed the reason.`,
  reject: (to) => `Rejected the letter to ${to}. The pen pal has been emailed the reason.`,
};
