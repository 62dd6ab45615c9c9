import { z } from 'zod';
import { ReportStatus } from '@/lib/db/generated/sqlite/enums';
import { REPORT_NOTE_MAX, REPORT_OUTCOMES } from './outcomes';
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
