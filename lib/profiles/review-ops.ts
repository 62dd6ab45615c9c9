// The review steps staff can take on a profile, and how the admin page labels them. Which apply to a profile and what
// they change: reviewChange in listing.ts.

export const REVIEW_OPS = [
  'approve',
  'request_changes',
  'reject',
  'verify',
  'renew',
  'release',
  'transfer',
  'take_down',
] as const;
export type ReviewOp = (typeof REVIEW_OPS)[number];

export const REVIEW_LABELS: Record<ReviewOp, string> = {
  approve: 'Approve and list',
  request_changes: 'Request changes',
  reject: 'Reject',
  verify: 'Mark verified today',
  renew: 'Renew for 12 months',
  release: 'Mark released',
  transfer: 'Mark transferred',
  take_down: 'Take down',
};
