import 'server-only';
import { requireUser } from '@/lib/auth/session';
import { activeSessionWhere, deviceLabel } from '@/lib/auth/session-rules';
import { isStaff } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { ReplyStatus } from '@/lib/letters/status';
import { site } from '@/lib/site';
import { hashPrivateToken, isPrivateTokenShaped } from '@/lib/tokens/private-link';

// A pen pal's reads of their own account. Each asks for the session itself and reads only that account's rows, so a
// page that forgot its guard still shows nobody else's.

/** What the settings form edits, and the address the email page shows. */
export async function ownAccountSettings() {
  const user = await requireUser();
  return db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: {
      email: true,
      emailVerifiedAt: true,
      name: true,
      about: true,
      interests: true,
      languages: true,
      offers: true,
      country: true,
      role: true,
    },
  });
}

/** The address a change-of-email link is waiting on, if one is: the newest unused, unexpired link. */
export async function pendingEmailChange(now = new Date()) {
  const user = await requireUser();
  return db.accountToken.findFirst({
    where: { userId: user.id, purpose: 'change_email', usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: 'desc' },
    select: { newEmail: true, expiresAt: true },
  });
}

/** The address a change-of-email link would move this account to; null when the link is dead or another account's. */
export async function emailChangeLink(token: string, now = new Date()) {
  const user = await requireUser();
  if (!isPrivateTokenShaped(token)) return null;
  const link = await db.accountToken.findFirst({
    where: {
      tokenHash: hashPrivateToken(token),
      userId: user.id,
      purpose: 'change_email',
      usedAt: null,
      expiresAt: { gt: now },
    },
    select: { newEmail: true },
  });
  return link?.newEmail ?? null;
}

export type ActiveSession = { id: string; device: string; signedInAt: Date; lastSeenAt: Date; current: boolean };

/** Browsers signed in to this account now, this one first, then the most recently used. */
export async function ownActiveSessions(now = new Date()): Promise<ActiveSession[]> {
  const user = await requireUser();
  const sessions = await db.session.findMany({
    where: { userId: user.id, ...activeSessionWhere(now) },
    orderBy: { lastSeenAt: 'desc' },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
  return sessions
    .map((session) => ({
      id: session.id,
      device: deviceLabel(session.userAgent),
      signedInAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      current: session.id === user.sessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/**
 * Everything we hold about the signed-in person, for "Download everything we hold about you". Never the password
 * hash or a link's token hash. Reports they filed are found by their address, as deletion finds them. Comments are
 * not linked to accounts (a comment names only what was typed into it), so there are none to include. Letters: every
 * thread, with the person written to by display name only (never their legal name, number or facility), each letter
 * with its status history, and the replies the pen pal can read, whose scans are named (the files themselves are in
 * the inbox).
 */
export async function ownAccountExport(now = new Date()) {
  const user = await requireUser();
  const [account, sessions, favourites, auditEntries, threads, reports] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: user.id },
      select: {
        email: true,
        emailVerifiedAt: true,
        name: true,
        role: true,
        country: true,
        about: true,
        interests: true,
        languages: true,
        offers: true,
        rulesVersion: true,
        rulesAcceptedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    }),
    db.session.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: 'desc' },
      select: { userAgent: true, createdAt: true, lastSeenAt: true, revokedAt: true },
    }),
    db.favourite.findMany({
      where: { userId: user.id },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true, profile: { select: { displayName: true, slug: true } } },
    }),
    db.auditEntry.findMany({
      where: { targetType: 'user', targetId: user.id },
      orderBy: { createdAt: 'asc' },
      select: { action: true, actorId: true, detail: true, createdAt: true },
    }),
    ownThreadsForExport(user.id),
    // Reports are kept by the address they were filed with (deletion erases it from them the same way).
    db.profileReport.findMany({
      where: { reporterEmail: user.email },
      orderBy: { createdAt: 'asc' },
      select: {
        reason: true,
        details: true,
        status: true,
        outcome: true,
        createdAt: true,
        resolvedAt: true,
        letterId: true,
        replyId: true,
        commentId: true,
        profile: { select: { displayName: true } },
      },
    }),
  ]);
  return {
    exportedAt: now.toISOString(),
    from: `${site.name} (${site.contactEmail})`,
    account: {
      ...account,
      interests: list(account.interests),
      languages: list(account.languages),
      offers: list(account.offers),
    },
    sessions: sessions.map((session) => ({
      device: deviceLabel(session.userAgent),
      userAgent: session.userAgent,
      signedInAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      endedAt: session.revokedAt,
    })),
    favourites: favourites.map((favourite) => ({
      displayName: favourite.profile.displayName,
      slug: favourite.profile.slug,
      savedAt: favourite.createdAt,
    })),
    // Staff are named by role, not by their own email address.
    auditEntries: auditEntries.map((entry) => ({
      action: entry.action,
      by: entry.actorId === user.id ? 'you' : 'staff',
      detail: entry.detail ? (JSON.parse(entry.detail) as unknown) : null,
      at: entry.createdAt,
    })),
    // What the pen pal reported, with the outcome; staff's own notes on it are theirs.
    reports: reports.map((report) => ({
      about: report.letterId ? 'letter' : report.replyId ? 'reply' : report.commentId ? 'comment' : 'profile',
      person: report.profile?.displayName ?? null,
      reason: report.reason,
      details: report.details,
      status: report.status,
      outcome: report.outcome,
      filedAt: report.createdAt,
      resolvedAt: report.resolvedAt,
    })),
    letters: threads.map((thread) => ({
      writingTo: thread.profile.displayName,
      replyCode: thread.replyCode,
      startedAt: thread.createdAt,
      lastActivityAt: thread.lastActivityAt,
      stoppedAt: thread.stoppedAt,
      stopReason: thread.stopReason,
      letters: thread.letters.map(({ events, ...letter }) => ({
        ...letter,
        history: events.map((event) => ({
          status: event.status,
          reasonCode: event.reasonCode,
          note: event.note,
          at: event.createdAt,
        })),
      })),
      replies: thread.replies.map(({ scans, ...reply }) => ({
        ...reply,
        scans: scans.map((scan) => scan.fileName),
      })),
    })),
  };
}

function ownThreadsForExport(userId: string) {
  return db.thread.findMany({
    where: { userId },
    orderBy: { createdAt: 'asc' },
    select: {
      replyCode: true,
      createdAt: true,
      lastActivityAt: true,
      stoppedAt: true,
      stopReason: true,
      profile: { select: { displayName: true } },
      letters: {
        orderBy: { createdAt: 'asc' },
        select: {
          kind: true,
          status: true,
          body: true,
          createdAt: true,
          submittedAt: true,
          postedAt: true,
          erasedAt: true,
          events: {
            orderBy: { createdAt: 'asc' },
            select: { status: true, reasonCode: true, note: true, createdAt: true },
          },
        },
      },
      replies: {
        where: { status: ReplyStatus.delivered },
        orderBy: { receivedAt: 'asc' },
        select: {
          body: true,
          receivedAt: true,
          readAt: true,
          erasedAt: true,
          scans: { orderBy: { position: 'asc' }, select: { fileName: true } },
        },
      },
    },
  });
}

export type AccountExport = Awaited<ReturnType<typeof ownAccountExport>>;

/** For the site header: who is signed in, if anyone, in as few words as it shows. `unread`: replies not yet read. */
export function headerAccountOf(user: { name: string; role: string } | null, unread = 0) {
  return user ? { name: user.name, staff: isStaff(user.role), unread } : null;
}
export type HeaderAccount = ReturnType<typeof headerAccountOf>;

const list = (value: string) => value.split(',').filter(Boolean);
