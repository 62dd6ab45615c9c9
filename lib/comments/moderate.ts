import 'server-only';
import { recordAudit } from '@/lib/audit/record';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Transaction } from '@/lib/db/client';
import { moderationChange } from './moderation-rules';
import type { ModerationOp } from './schema';

/** Applies `op` to each comment with its audit row, all in one transaction. Returns the ids it changed and where. */
export async function moderate(actor: SessionUser, op: ModerationOp, ids: readonly string[]) {
  return db.$transaction((tx) => moderateWithin(tx, actor, op, ids));
}

/** `moderate` inside a transaction the caller already holds (resolving a report about a comment, say). */
export async function moderateWithin(tx: Transaction, actor: SessionUser, op: ModerationOp, ids: readonly string[]) {
  const comments = await tx.comment.findMany({ where: { id: { in: [...ids] } } });
  const slugs = new Set<string>();
  const changed: { id: string; authorName: string }[] = [];
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
    changed.push({ id: comment.id, authorName: comment.authorName });
  }
  return { changed, slugs: [...slugs] };
}
