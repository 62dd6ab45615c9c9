// What staff record when they resolve a report: outcome keys are stored, labels are what people see. A plain module,
// so the console's client forms use them without zod.

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
