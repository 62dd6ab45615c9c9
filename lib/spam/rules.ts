// Pure spam rules shared by the public forms: each returns a reason when it fires. A form decides what a reason costs.

export const MIN_FILL_MS = 3_000;
export const MAX_LINKS = 2;

export const DEFAULT_BLOCKED_WORDS = [
  'viagra',
  'cialis',
  'casino',
  'crypto giveaway',
  'bitcoin doubler',
  'payday loan',
  'escort service',
  'seo services',
  'buy followers',
  'forex signals',
];

export type SpamSignals = {
  honeypot: string;
  /** Milliseconds between the form being served and submitted; null when the stamp was missing or forged. */
  elapsedMs: number | null;
  name: string;
  email: string;
  url?: string | null;
  body: string;
  blockedWords: readonly string[];
  rateLimited: boolean;
};

export type SpamReason = 'honeypot' | 'too-fast' | 'no-form-stamp' | 'too-many-links' | 'blocked-word' | 'rate-limit';

const LINK_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;

export function countLinks(text: string): number {
  return text.match(LINK_PATTERN)?.length ?? 0;
}

export function findBlockedWord(texts: readonly string[], blockedWords: readonly string[]): string | null {
  const haystack = texts.join('\n').toLowerCase();
  for (const word of blockedWords) {
    const needle = word.trim().toLowerCase();
    if (!needle) continue;
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(haystack)) return word;
  }
  return null;
}

export function spamReasons(signals: SpamSignals): SpamReason[] {
  const reasons: SpamReason[] = [];
  if (signals.honeypot.trim() !== '') reasons.push('honeypot');
  if (signals.elapsedMs === null) reasons.push('no-form-stamp');
  else if (signals.elapsedMs < MIN_FILL_MS) reasons.push('too-fast');
  if (countLinks(signals.body) > MAX_LINKS) reasons.push('too-many-links');
  if (findBlockedWord([signals.name, signals.email, signals.url ?? '', signals.body], signals.blockedWords)) {
    reasons.push('blocked-word');
  }
  if (signals.rateLimited) reasons.push('rate-limit');
  return reasons;
}
