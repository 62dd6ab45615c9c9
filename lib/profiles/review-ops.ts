// The review steps staff can take on a profile, and how the admin page labels them.
import type { ProfileStatus } from './listing';

export const REVIEW_OPS = ['approve', 'request_changes', 'reject', 'verify', 'renew', 'release', 'transfer', 'take_down'] as const;
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

/** Which steps make sense for a profile in `status` (listed = published and unexpired). */
export function reviewOpsFor(status: ProfileStatus, listed: boolean): ReviewOp[] {
  if (status === 'pending' || status === 'changes_requested') return ['approve', 'request_changes', 'reject'];
  if (listed) return ['verify', 'renew', 'release', 'transfer', 'take_down'];
  if (status === 'published') return ['renew', 'release', 'transfer', 'take_down'];
  // Rejected, released, transferred or taken down: staff can list it again after checking, or close it for good.
  return status === 'taken_down' ? ['approve'] : ['approve', 'take_down'];
}
