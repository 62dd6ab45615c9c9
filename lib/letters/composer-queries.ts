import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import type { Database } from '@/lib/db/client';
import type { Settings } from '@/lib/settings';
import { allowance, LIMIT_WINDOW_MS } from './limits';
import { LetterKind, LetterStatus } from './status';

// The pen pal's own letters as the composer and /letters show them. Ownership is in every where: another pen pal's
// letter id reads as nothing at all.

type Client = Pick<Database, 'letter' | 'thread'>;

export const FACILITY_RULES_SELECT = {
  name: true,
  postcardsOnly: true,
  mailScanned: true,
  maxPages: true,
  noGreetingCards: true,
  photosAccepted: true,
  rulesCheckedAt: true,
  rulesSource: true,
} as const;

const WRITING_TARGET_SELECT = {
  displayName: true,
  state: true,
  slug: true,
  status: true,
  expiresAt: true,
  lettersPausedAt: true,
  facility: { select: FACILITY_RULES_SELECT },
} as const;

/** One of the pen pal's own letters for the composer, with the person's rules and the letter's history; null otherwise. */
export function getLetterForComposer(user: Pick<SessionUser, 'id'>, id: string) {
  return db.letter.findFirst({
    where: { id, kind: LetterKind.letter, thread: { userId: user.id } },
    select: {
      id: true,
      body: true,
      status: true,
      updatedAt: true,
      submittedAt: true,
      erasedAt: true,
      thread: { select: { id: true, stoppedAt: true, stopReason: true, profile: { select: WRITING_TARGET_SELECT } } },
      events: {
        orderBy: { createdAt: 'desc' },
        select: { status: true, reasonCode: true, note: true, createdAt: true },
      },
    },
  });
}

export type ComposerLetter = NonNullable<Awaited<ReturnType<typeof getLetterForComposer>>>;

/** The pen pal's drafts and the letters staff sent back for changes, sent-back first, then the latest saved. */
export async function listOpenLetters(user: Pick<SessionUser, 'id'>) {
  const letters = await db.letter.findMany({
    where: {
      kind: LetterKind.letter,
      status: { in: [LetterStatus.draft, LetterStatus.changes_requested] },
      thread: { userId: user.id },
    },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      status: true,
      updatedAt: true,
      body: true,
      thread: { select: { id: true, profile: { select: { displayName: true, slug: true } } } },
    },
  });
  return letters
    .map(({ body, ...letter }) => ({ ...letter, preview: preview(body) }))
    .sort((a, b) => Number(b.status === 'changes_requested') - Number(a.status === 'changes_requested'));
}

function preview(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** What the profile page's write button needs: the pen pal's thread with this person, and a draft to continue. */
export function threadWithProfile(user: Pick<SessionUser, 'id'>, profileId: string) {
  return db.thread.findUnique({
    where: { userId_profileId: { userId: user.id, profileId } },
    select: {
      id: true,
      stoppedAt: true,
      stopReason: true,
      // Whether a letter of it was ever sent: a conversation under way (lib/letters/writable.ts).
      _count: {
        select: {
          letters: { where: { kind: LetterKind.letter, events: { some: { status: LetterStatus.submitted } } } },
        },
      },
      letters: {
        where: { kind: LetterKind.letter, status: LetterStatus.draft },
        orderBy: { updatedAt: 'desc' },
        take: 1,
        select: { id: true },
      },
    },
  });
}

/**
 * Letters the pen pal first sent in the last 24 hours, and the threads they opened in that time (a thread's first
 * letter). A letter sent back for changes and sent again counts once, at its first sending.
 */
export async function sentCounts(client: Client, userId: string, now: Date) {
  const since = new Date(now.getTime() - LIMIT_WINDOW_MS);
  const submittedSince = { some: { status: LetterStatus.submitted, createdAt: { gte: since } } };
  const submittedBefore = { some: { status: LetterStatus.submitted, createdAt: { lt: since } } };
  const [sent, firstSent] = await Promise.all([
    client.letter.count({
      where: { kind: LetterKind.letter, thread: { userId }, events: submittedSince, NOT: { events: submittedBefore } },
    }),
    client.thread.count({
      where: {
        userId,
        letters: { some: { kind: LetterKind.letter, events: submittedSince } },
        NOT: { letters: { some: { kind: LetterKind.letter, events: submittedBefore } } },
      },
    }),
  ]);
  return { sent, firstSent };
}

/** Whether `letter` would open its thread: no letter of the thread was ever sent. */
export async function isFirstLetter(client: Client, threadId: string) {
  const sentBefore = await client.letter.count({
    where: { threadId, kind: LetterKind.letter, events: { some: { status: LetterStatus.submitted } } },
  });
  return sentBefore === 0;
}

/** The daily allowance for `letter`, counted through `client` (a transaction when sending). */
export async function letterAllowance(
  client: Client,
  userId: string,
  letter: { threadId: string; status: LetterStatus },
  limits: Settings['letters'],
  now = new Date(),
) {
  const [counts, isFirst] = await Promise.all([
    sentCounts(client, userId, now),
    isFirstLetter(client, letter.threadId),
  ]);
  return {
    ...allowance(limits, counts, { isFirst, resubmission: letter.status === LetterStatus.changes_requested }),
    isFirst,
  };
}
