import 'server-only';
import { requireMailroom, requireStaff } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { ReplyStatus } from './status';
import { parseFlags } from './screening';

// Reads for reply intake. Each checks the caller's role itself, so a page that forgot its guard still shows nothing.

/**
 * The thread a (valid, normalised) reply code belongs to: whom the reply is from and to, by display names only. The
 * mailroom sees no addresses, no letters and no replies here.
 */
export async function findThreadForIntake(code: string) {
  await requireMailroom();
  const thread = await db.thread.findUnique({
    where: { replyCode: code },
    select: {
      id: true,
      replyCode: true,
      stoppedAt: true,
      profile: { select: { displayName: true } },
      user: { select: { name: true } },
    },
  });
  if (!thread) return null;
  return {
    threadId: thread.id,
    code: thread.replyCode,
    from: thread.profile.displayName,
    to: thread.user.name,
    stopped: thread.stoppedAt !== null,
  };
}

/** How many replies wait for a moderator: the mailroom may know this, not what they say. */
export async function heldReplyCount(): Promise<number> {
  await requireMailroom();
  return db.reply.count({ where: { status: ReplyStatus.screening } });
}

/** Held replies with their text, flags and scans, oldest first, for moderators and admins. */
export async function listHeldReplies() {
  await requireStaff();
  const replies = await db.reply.findMany({
    where: { status: ReplyStatus.screening },
    orderBy: { createdAt: 'asc' },
    take: 50,
    select: {
      id: true,
      body: true,
      flags: true,
      receivedAt: true,
      thread: { select: { profile: { select: { displayName: true } }, user: { select: { name: true } } } },
      scans: { orderBy: { position: 'asc' }, select: { id: true, mimeType: true } },
    },
  });
  return replies.map(({ thread, flags, ...reply }) => ({
    ...reply,
    from: thread.profile.displayName,
    to: thread.user.name,
    flags: parseFlags(flags),
  }));
}
