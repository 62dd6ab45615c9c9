import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { CommentStatus, ModerationOp } from './schema';

type Change = { status: CommentStatus; statusBeforeTrash?: string | null; approvedAt?: Date | null } | 'delete' | null;

/** What `op` does to a comment now in `status`; null when it does not apply (for example restoring a live one). */
export function moderationChange(op: ModerationOp, status: string, statusBeforeTrash: string | null): Change {
  switch (op) {
    case 'approve':
      return status === 'approved' ? null : { status: 'approved', approvedAt: new Date(), statusBeforeTrash: null };
    case 'unapprove':
      return status === 'approved' ? { status: 'pending', approvedAt: null } : null;
    case 'spam':
      return status === 'spam' ? null : { status: 'spam', approvedAt: null, statusBeforeTrash: null };
    case 'trash':
      return status === 'trash' ? null : { status: 'trash', statusBeforeTrash: status, approvedAt: null };
    case 'restore':
      if (status === 'spam') return { status: 'pending' };
      if (status !== 'trash') return null;
      return statusBeforeTrash === 'approved'
        ? { status: 'approved', approvedAt: new Date(), statusBeforeTrash: null }
        : { status: 'pending', statusBeforeTrash: null };
    case 'delete':
      // Deleting for ever is only offered from the spam and trash queues.
      return status === 'spam' || status === 'trash' ? 'delete' : null;
  }
}

/** Applies `op` to each comment with its audit row, all in one transaction. Returns what changed and where. */
export async function moderate(actor: SessionUser, op: ModerationOp, ids: readonly string[]) {
  return db.$transaction(async (tx) => {
    const comments = await tx.comment.findMany({ where: { id: { in: [...ids] } } });
    const slugs = new Set<string>();
    let changed = 0;
    for (const comment of comments) {
      const change = moderationChange(op, comment.status, comment.statusBeforeTrash);
      if (!change) continue;
      if (change === 'delete') await tx.comment.delete({ where: { id: comment.id } });
      else await tx.comment.update({ where: { id: comment.id }, data: change });
      await recordAudit(tx, actor, {
        action: `comment.${op}`,
        targetType: 'comment',
        targetId: comment.id,
        detail: { from: comment.status, article: comment.articleSlug },
      });
      slugs.add(comment.articleSlug);
      changed += 1;
    }
    return { changed, slugs: [...slugs] };
  });
}
