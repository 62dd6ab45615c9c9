import { LetterStatus } from '@/lib/db/generated/sqlite/enums';

// Pure rules about a thread as its pen pal sees it: the "did they get it?" note, the reasons for stopping, and the
// closing letter the program sends when a pen pal stops. No database here: unit-tested on their own.

const DAY_MS = 24 * 60 * 60 * 1000;

/** The reason a thread records when the pen pal's account was deleted rather than stopped by hand. */
export const ACCOUNT_DELETED_REASON = 'account-deleted';
/** The reason a thread records when the person inside asked, on a paper form, for the letters to stop. */
export const PERSON_ASKED_REASON = 'person-asked';
/** Stops the pen pal cannot undo: only the pen pal's own choice can be taken back by them. */
export const FINAL_STOP_REASONS = [ACCOUNT_DELETED_REASON, PERSON_ASKED_REASON];

/** Where the "did they get it?" note sends a worried pen pal. */
export const SLOW_MAIL_ARTICLE = '/articles/when-letters-slow-down-or-stop';

/**
 * When the thread should say "no reply yet": the date the last posted letter went out, if that was more than
 * `noReplyDays` ago and no reply has been received since; otherwise null.
 */
export function waitingForReplySince(
  letters: readonly { status: LetterStatus; postedAt: Date | null }[],
  replies: readonly { receivedAt: Date }[],
  noReplyDays: number,
  now = new Date(),
): Date | null {
  const posted = letters
    .filter((letter) => letter.status === LetterStatus.posted && letter.postedAt)
    .map((letter) => letter.postedAt!.getTime());
  if (posted.length === 0) return null;
  const lastPosted = Math.max(...posted);
  if (now.getTime() - lastPosted < noReplyDays * DAY_MS) return null;
  if (replies.some((reply) => reply.receivedAt.getTime() >= lastPosted)) return null;
  return new Date(lastPosted);
}

export const STOP_REASONS = ['time', 'circumstances', 'not-a-match', 'uncomfortable', 'other'] as const;
export type StopReason = (typeof STOP_REASONS)[number];
export const STOP_REASON_LABELS: Record<StopReason, string> = {
  time: 'I no longer have the time',
  circumstances: 'My own circumstances have changed',
  'not-a-match': 'We are not a good match',
  uncomfortable: 'Something in the letters made me uncomfortable',
  other: 'Another reason',
};

/**
 * The settings' closing-letter template with its placeholders filled in: {name} the person inside (their display
 * name), {penPal} the pen pal's display name, {program} the program's name. Unknown placeholders stay as written.
 */
export function fillClosingLetter(template: string, names: { name: string; penPal: string; program: string }): string {
  return template.replace(/\{(name|penPal|program)\}/g, (_match, key: keyof typeof names) => names[key]);
}
