import { CommentStatus } from '@/lib/db/generated/sqlite/enums';
import type { ModerationOp } from './schema';

const { pending, approved, spam, trash } = CommentStatus;

/** Out of sight for good unless restored: only these can be deleted for ever, and staff do not reply to them. */
export const DISCARDED: readonly CommentStatus[] = [spam, trash];

export type ModerationChange =
  { status: CommentStatus; statusBeforeTrash?: CommentStatus | null; approvedAt?: Date | null } | 'delete' | null;

/** What `op` does to a comment now in `status`; null when it does not apply (for example restoring a live one). */
export function moderationChange(
  op: ModerationOp,
  status: CommentStatus,
  statusBeforeTrash: CommentStatus | null,
): ModerationChange {
  switch (op) {
    case 'approve':
      return status === approved ? null : { status: approved, approvedAt: new Date(), statusBeforeTrash: null };
    case 'unapprove':
      return status === approved ? { status: pending, approvedAt: null } : null;
    case 'spam':
      // Remembered like trash, so "Not spam" (and Undo) puts a comment marked by mistake back where it was.
      return status === spam
        ? null
        : { status: spam, approvedAt: null, statusBeforeTrash: status === trash ? null : status };
    case 'trash':
      return status === trash ? null : { status: trash, statusBeforeTrash: status, approvedAt: null };
    case 'restore':
      if (status !== trash && status !== spam) return null;
      return statusBeforeTrash === approved
        ? { status: approved, approvedAt: new Date(), statusBeforeTrash: null }
        : { status: pending, statusBeforeTrash: null };
    case 'delete':
      return DISCARDED.includes(status) ? 'delete' : null;
  }
}

/** What each step did, as the moderation answers say it ("3 comments: marked as spam."). */
export const PAST_TENSE: Record<ModerationOp, string> = {
  approve: 'approved',
  unapprove: 'moved back to pending',
  spam: 'marked as spam',
  trash: 'moved to the trash',
  restore: 'restored',
  delete: 'deleted for ever',
};

/** Spam, trash and "not spam" can be undone at once; deleting for ever cannot, so it asks first. */
export const UNDO_OF: Partial<Record<ModerationOp, ModerationOp>> = {
  spam: 'restore',
  trash: 'restore',
  restore: 'spam',
};
