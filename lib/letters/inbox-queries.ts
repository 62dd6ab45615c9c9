import 'server-only';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import { headerAccountOf } from '@/lib/accounts/queries';
import { isListed } from '@/lib/profiles/listing';
import { isHiddenState, listingRules } from '@/lib/profiles/listing-rules';
import { ReplyStatus } from './status';

// A pen pal's reads of their own threads. Each asks for the session itself and puts the pen pal's id in the where,
// so another pen pal's thread id finds nothing. Only what the inbox shows: display names, never an address.

const unreadWhere = { status: ReplyStatus.delivered, readAt: null };

/** The header's unread badge: delivered replies not yet read, in one count. */
export function unreadReplyCount(client: Pick<Database, 'reply'>, userId: string): Promise<number> {
  return client.reply.count({ where: { ...unreadWhere, thread: { userId } } });
}

/** One row per thread, newest activity first. The photo only while the person is listed in the directory. */
export async function listInboxThreads() {
  const user = await requireUser();
  const threads = await db.thread.findMany({
    where: { userId: user.id },
    orderBy: { lastActivityAt: 'desc' },
    select: {
      id: true,
      lastActivityAt: true,
      stoppedAt: true,
      profile: { select: { displayName: true, photoPath: true, status: true, expiresAt: true, state: true } },
      _count: { select: { replies: { where: unreadWhere } } },
    },
  });
  const rules = await listingRules();
  return threads.map(({ profile, _count, ...thread }) => ({
    ...thread,
    name: profile.displayName,
    // The photo route serves only photos of shown profiles.
    photoPath: isListed(profile) && !isHiddenState(rules, profile.state) ? profile.photoPath : null,
    unread: _count.replies,
  }));
}

/**
 * A thread with its letters (and their status history) and delivered replies, or null when it is not this pen pal's.
 * Held and withheld replies are left out: a pen pal sees a reply once staff have let it through.
 */
export async function getInboxThread(threadId: string) {
  const user = await requireUser();
  const thread = await db.thread.findFirst({
    where: { id: threadId, userId: user.id },
    select: {
      id: true,
      stoppedAt: true,
      stopReason: true,
      lastActivityAt: true,
      profile: {
        select: {
          id: true,
          displayName: true,
          photoPath: true,
          status: true,
          expiresAt: true,
          slug: true,
          state: true,
          lettersPausedAt: true,
          facility: { select: { postcardsOnly: true } },
        },
      },
      letters: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          kind: true,
          body: true,
          status: true,
          reasonCode: true,
          note: true,
          submittedAt: true,
          postedAt: true,
          erasedAt: true,
          createdAt: true,
          events: {
            orderBy: { createdAt: 'asc' },
            select: { id: true, status: true, reasonCode: true, note: true, createdAt: true },
          },
        },
      },
      replies: {
        where: { status: ReplyStatus.delivered },
        orderBy: { receivedAt: 'asc' },
        select: {
          id: true,
          body: true,
          receivedAt: true,
          readAt: true,
          erasedAt: true,
          scans: { orderBy: { position: 'asc' }, select: { id: true, mimeType: true } },
        },
      },
    },
  });
  if (!thread) return null;
  const { profile, ...rest } = thread;
  // Shown: listed, and not held in a state whose listings are hidden (then the profile page shows only a notice).
  const shown = isListed(profile) && !isHiddenState(await listingRules(), profile.state);
  return {
    ...rest,
    name: profile.displayName,
    listed: shown,
    slug: profile.slug,
    photoPath: shown ? profile.photoPath : null,
    /** Who the thread's write button writes to (components/letters/WriteLetter.tsx). */
    person: profile,
  };
}
export type InboxThread = NonNullable<Awaited<ReturnType<typeof getInboxThread>>>;

/**
 * A scan the caller may see: the thread's pen pal once the reply is delivered, or a moderator or admin (who decide
 * held replies). Null for anyone else, signed out included.
 */
export async function scanForViewer(scanId: string, viewer: { id: string; staff: boolean } | null) {
  if (!viewer) return null;
  return db.replyScan.findFirst({
    where: viewer.staff
      ? { id: scanId }
      : { id: scanId, reply: { status: ReplyStatus.delivered, erasedAt: null, thread: { userId: viewer.id } } },
    select: { fileName: true, mimeType: true },
  });
}

/** The site header's account, with the unread badge: one count on top of the session it already has. */
export async function headerAccountWithInbox(user: { id: string; name: string; role: string } | null) {
  return headerAccountOf(user, user ? await unreadReplyCount(db, user.id) : 0);
}
