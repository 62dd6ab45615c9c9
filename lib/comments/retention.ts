import 'server-only';
import type { Database } from '@/lib/db/client';
import { CommentStatus } from './schema';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes spam older than `days`: the queue is kept for a moderator to check false positives, not for ever. */
export async function purgeOldSpam(db: Database, days: number, now = new Date()): Promise<number> {
  const { count } = await db.comment.deleteMany({
    where: { status: CommentStatus.spam, createdAt: { lt: new Date(now.getTime() - days * DAY_MS) } },
  });
  return count;
}
