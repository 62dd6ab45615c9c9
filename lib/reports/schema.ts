import { z } from 'zod';
import { ReportStatus } from '@/lib/db/generated/sqlite/enums';
import { COMMENT_REPORT_REASONS, REPORT_DETAILS_MAX, REPORT_DETAILS_MIN, REPORT_REASONS } from './reasons';

// Reports readers make about a profile, and the outcomes staff record. Keys are stored; labels are what people see.

// A report is open until staff record an outcome, and resolved until someone reopens it. The database enum's values.
export { ReportStatus };
export const REPORT_STATUSES = Object.values(ReportStatus);

/** Each step on a report: the status it needs and the one it leaves. The actions put `from` in their where, so of two
 * staff acting at once only one succeeds. */
export const REPORT_STEPS = {
  resolve: { from: ReportStatus.open, to: ReportStatus.resolved },
  reopen: { from: ReportStatus.resolved, to: ReportStatus.open },
} as const;

export const REPORT_OUTCOMES = [
  'no-action',
  'edited',
  'taken-down',
  'unlisted',
  'comment-unapproved',
  'comment-trashed',
] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];
export const REPORT_OUTCOME_LABELS: Record<ReportOutcome, string> = {
  'no-action': 'No action needed',
  edited: 'Profile corrected',
  'taken-down': 'Profile taken down',
  unlisted: 'Profile unlisted (released or moved)',
  'comment-unapproved': 'Comment unpublished (back to pending)',
  'comment-trashed': 'Comment moved to the trash',
};
/** The outcomes that fit each kind of report; a comment's are applied to the comment as the report is resolved. */
export const PROFILE_REPORT_OUTCOMES: readonly ReportOutcome[] = ['no-action', 'edited', 'taken-down', 'unlisted'];
export const COMMENT_REPORT_OUTCOMES = ['no-action', 'comment-unapproved', 'comment-trashed'] as const;
/** The comment moderation step each comment outcome takes. */
export const COMMENT_OUTCOME_OPS: Partial<Record<ReportOutcome, 'unapprove' | 'trash'>> = {
  'comment-unapproved': 'unapprove',
  'comment-trashed': 'trash',
};

export const REPORT_NOTE_MAX = 1000;

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .max(200, 'Email must be 200 characters or fewer.')
  .refine(
    (value) => value === '' || z.email().safeParse(value).success,
    'Enter an email address such as name@example.org, or leave it empty.',
  );

export const reportInputSchema = z.object({
  profileId: z.string().min(1),
  reason: z.enum(REPORT_REASONS, { error: 'Choose a reason.' }),
  details: z
    .string({ error: 'Tell us what is wrong.' })
    .trim()
    .min(REPORT_DETAILS_MIN, `Tell us what is wrong, in at least ${REPORT_DETAILS_MIN} characters.`)
    .max(REPORT_DETAILS_MAX, `Keep the details to ${REPORT_DETAILS_MAX.toLocaleString('en-US')} characters or fewer.`),
  reporterName: z.string().trim().max(100, 'Name must be 100 characters or fewer.').optional().default(''),
  reporterEmail: optionalEmail.optional().default(''),
  // Honeypot: hidden from people, filled in by naive bots.
  company: z.string().optional().default(''),
});
export type ReportInput = z.infer<typeof reportInputSchema>;

export const commentReportInputSchema = z.object({
  commentId: z.string().min(1).max(100),
  reason: z.enum(COMMENT_REPORT_REASONS, { error: 'Choose a reason.' }),
  details: z
    .string()
    .trim()
    .max(REPORT_DETAILS_MAX, `Keep the details to ${REPORT_DETAILS_MAX.toLocaleString('en-US')} characters or fewer.`)
    .optional()
    .default(''),
  // Honeypot, as on the profile report.
  company: z.string().optional().default(''),
});

export const resolveReportSchema = z.object({
  reportId: z.string().min(1),
  outcome: z.enum(REPORT_OUTCOMES, { error: 'Choose an outcome.' }),
  note: z
    .string()
    .trim()
    .max(REPORT_NOTE_MAX, `Keep the note to ${REPORT_NOTE_MAX.toLocaleString('en-US')} characters or fewer.`)
    .optional()
    .default(''),
});

export const reopenReportSchema = z.object({ reportId: z.string().min(1) });
