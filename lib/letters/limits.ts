// The daily limits on sending, as arithmetic: how many letters a pen pal may still send today, and how many to someone
// new. The counts come from the database (lib/letters/composer-queries.ts); the limits from settings.letters.

export const LIMIT_WINDOW_MS = 24 * 60 * 60 * 1000;

export type LetterLimits = { perDay: number; firstPerDay: number };
/** Letters first submitted in the last 24 hours, and of those the ones that opened a thread. */
export type SentCounts = { sent: number; firstSent: number };

export type Allowance = {
  /** Letters still allowed in the next 24 hours, and first letters among them. */
  left: number;
  firstLeft: number;
  /** Whether this letter may go now, and if not, why (in words for the pen pal). */
  canSend: boolean;
  refusal: string | null;
};

/**
 * What the pen pal may still send. `isFirst`: this would be the first letter of its thread. A letter sent back for
 * changes and resubmitted was already counted, so `resubmission` letters always may go.
 */
export function allowance(
  limits: LetterLimits,
  counts: SentCounts,
  letter: { isFirst: boolean; resubmission: boolean },
): Allowance {
  const left = Math.max(0, limits.perDay - counts.sent);
  const firstLeft = Math.min(left, Math.max(0, limits.firstPerDay - counts.firstSent));
  let refusal: string | null = null;
  if (!letter.resubmission && left === 0)
    refusal = `You have sent ${plural(limits.perDay, 'letter')} in the last 24 hours, the most we can take. Your letter is saved as a draft: send it tomorrow.`;
  else if (!letter.resubmission && letter.isFirst && firstLeft === 0)
    refusal = `You can start writing to ${plural(limits.firstPerDay, 'new person', 'new people')} a day. Your letter is saved as a draft: send it tomorrow.`;
  return { left, firstLeft, canSend: refusal === null, refusal };
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
