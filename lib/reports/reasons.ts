// What a reader can give as the reason for a report, and how long the details may be: plain values the report forms
// in the browser share with the server's schema (./schema.ts), so no validation library is shipped with them.

export const REPORT_REASONS = [
  'wrong-details',
  'released-or-moved',
  'victim-request',
  'scam',
  'offensive',
  'other',
] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  'wrong-details': 'Some details are wrong or out of date',
  'released-or-moved': 'This person has been released or moved',
  'victim-request': 'I am a victim, or family of a victim, and ask for it to be removed',
  scam: 'It asks for money or looks like a scam',
  offensive: 'It is offensive or harmful',
  other: 'Something else',
};

// What a reader may say about a published comment.
export const COMMENT_REPORT_REASONS = ['abusive', 'personal-details', 'spam', 'other'] as const;
export type CommentReportReason = (typeof COMMENT_REPORT_REASONS)[number];
export const COMMENT_REPORT_REASON_LABELS: Record<CommentReportReason, string> = {
  abusive: 'It is abusive, hateful or threatening',
  'personal-details': 'It shares someone’s private details',
  spam: 'It is spam or advertising',
  other: 'Something else',
};

export const REPORT_DETAILS_MIN = 10;
export const REPORT_DETAILS_MAX = 2000;
