import { z } from 'zod';
import { REPORT_DETAILS_MAX, REPORT_DETAILS_MIN, REPORT_REASONS } from '@/lib/reports/reasons';
import { parseReplyCode } from './reply-code';
import { REPLY_BODY_MAX, STOP_NOTE_MAX, WITHHOLD_REASON_MAX } from './text-limits';
import { STOP_REASONS } from './threads';

// Forms of the replies side of letters: intake (mailroom), held replies (moderators), and the pen pal's thread.

// The earliest midnight anywhere on Earth is 14 hours ahead of UTC: a date after that is in the future for everyone.
const LATEST_OFFSET_MS = 14 * 60 * 60 * 1000;

export const WRONG_CODE_MESSAGE =
  'This is not a valid reply code. Check it against the envelope: 8 characters, such as K7M2-Q9X4.';

export const replyCodeSchema = z
  .string({ error: 'Enter the reply code from the envelope.' })
  .trim()
  .min(1, 'Enter the reply code from the envelope.')
  .transform((value, context) => {
    const code = parseReplyCode(value);
    if (!code) context.addIssue({ code: 'custom', message: WRONG_CODE_MESSAGE });
    return code ?? z.NEVER;
  });

/** The date a reply arrived, as the form's date field sends it: not in the future. */
export const receivedOnSchema = z
  .string({ error: 'Enter the date the reply arrived.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date the reply arrived, such as 2026-11-28.')
  .transform((value) => new Date(`${value}T12:00:00Z`))
  .refine((date) => !Number.isNaN(date.getTime()), 'Enter a real date.')
  .refine((date) => date.getTime() - 12 * 60 * 60 * 1000 <= Date.now() + LATEST_OFFSET_MS, {
    message: 'The date received cannot be in the future.',
  });

export const recordReplySchema = z.object({
  code: replyCodeSchema,
  body: z
    .string()
    .trim()
    .max(REPLY_BODY_MAX, `Keep the typed reply to ${REPLY_BODY_MAX.toLocaleString('en-US')} characters or fewer.`)
    .optional()
    .default(''),
  receivedOn: receivedOnSchema,
});

export const deliverReplySchema = z.object({ replyId: z.string().min(1) });
export const withholdReplySchema = z.object({
  replyId: z.string().min(1),
  reason: z
    .string({ error: 'Say why the reply is withheld.' })
    .trim()
    .min(3, 'Say why the reply is withheld.')
    .max(WITHHOLD_REASON_MAX, `Keep the reason to ${WITHHOLD_REASON_MAX} characters or fewer.`),
});

export const threadIdSchema = z.object({ threadId: z.string().min(1) });

export const stopWritingSchema = z.object({
  threadId: z.string().min(1),
  reason: z.enum(STOP_REASONS, { error: 'Choose a reason.' }),
  note: z
    .string()
    .trim()
    .max(STOP_NOTE_MAX, `Keep the note to ${STOP_NOTE_MAX} characters or fewer.`)
    .optional()
    .default(''),
});

/** A pen pal reports one letter or reply of their thread: exactly one of the two ids. */
export const reportThreadItemSchema = z
  .object({
    letterId: z.string().optional().default(''),
    replyId: z.string().optional().default(''),
    reason: z.enum(REPORT_REASONS, { error: 'Choose a reason.' }),
    details: z
      .string({ error: 'Tell us what is wrong.' })
      .trim()
      .min(REPORT_DETAILS_MIN, `Tell us what is wrong, in at least ${REPORT_DETAILS_MIN} characters.`)
      .max(
        REPORT_DETAILS_MAX,
        `Keep the details to ${REPORT_DETAILS_MAX.toLocaleString('en-US')} characters or fewer.`,
      ),
  })
  .refine((input) => Boolean(input.letterId) !== Boolean(input.replyId), {
    message: 'Report one letter or reply at a time.',
    path: ['reason'],
  });

/** Today's date as the date field shows it, in UTC. */
export function todayInputValue(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
