import { US_STATES } from '@/lib/profiles/vocabulary';

// Screening of letters and replies: pure rules that flag what staff must look at, each with a reason code and the
// span of text it found. Flags are shown to staff, never acted on silently: a letter is never blocked for them.
// The rules lean towards flagging (a person reads every flag) but stay quiet on the numbers letters are full of:
// dates, times, years, page and room numbers, prices.

export const FLAG_CODES = [
  'money', // asking for or offering money or gifts
  'payment-service', // payment apps, wire services, gift cards, money orders
  'phone',
  'email',
  'street-address',
  'social-handle',
  'explicit', // words from the settings' screening list
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

/**
 * The settings' starting list of words to flag: sexually explicit words, which most facilities' mail rules refuse.
 * Whole words only, so "Sussex" and "sextant" pass; a program edits the list in its settings.
 */
export const DEFAULT_SCREENING_WORDS = [
  'sex',
  'sexy',
  'sexting',
  'nude',
  'nudes',
  'naked',
  'porn',
  'porno',
  'pornography',
  'erotic',
  'horny',
  'xxx',
  'lingerie',
];

/** One finding: the rule and where in the text (UTF-16 offsets, end exclusive). */
export type Flag = { code: FlagCode; start: number; end: number };

/** What staff read beside each flag. */
export const FLAG_LABELS: Record<FlagCode, string> = {
  money: 'Money or gifts',
  'payment-service': 'Payment app, wire service or gift card',
  phone: 'Phone number',
  email: 'Email address',
  'street-address': 'Street address',
  'social-handle': 'Social media handle',
  explicit: 'Word on the screening list',
};

const AMOUNT = String.raw`(?:\$\s?\d[\d,.]*|\d[\d,.]*\s*(?:dollars|bucks|usd)\b)`;
const PRONOUN = String.raw`(?:me|you|him|her|us|them)`;

const MONEY = [
  // "send me money", "I can send you $50", "wire me 200 dollars", "loan me some cash"
  String.raw`\b(?:send|sent|sending|wire|mail|give|lend|loan|transfer|pay)\s+${PRONOUN}\s+(?:some\s+|a\s+little\s+|a\s+few\s+|the\s+)?(?:money|cash|funds|bucks|dollars|${AMOUNT})`,
  String.raw`\b(?:send|sent|sending|wire|mail)\s+(?:some\s+)?(?:money|cash|funds|${AMOUNT})\s+(?:to|for)\b`,
  String.raw`\b(?:need|needs|needed|want|asking\s+for|ask\s+for|could\s+use)\s+(?:some\s+|a\s+little\s+)?(?:money|cash|funds|${AMOUNT})`,
  String.raw`\bput\s+(?:some\s+)?(?:money|cash|funds|${AMOUNT})\s+on\s+(?:my|your|his|her)\s+(?:books|account|commissary|phone|tablet)\b`,
  String.raw`\bon\s+(?:my|your)\s+books\b`,
  String.raw`\bcommissary\b`,
  String.raw`\bbuy\s+(?:me|you)\b`,
  String.raw`\bpay\s+for\s+(?:my|your)\b`,
  String.raw`\bbooks?\s+of\s+stamps\b`,
  String.raw`\bsend\s+(?:me\s+)?(?:some\s+)?stamps\b`,
  String.raw`\b(?:send|buy|mail)\s+(?:me|you)\s+(?:a\s+|an\s+|some\s+)?(?:gifts?|presents?|packages?|care\s+packages?)\b`,
  String.raw`\b(?:a\s+)?(?:care\s+)?package\s+(?:for|to)\s+(?:me|you)\b`,
];

const PAYMENT = [
  String.raw`\bcash\s?app\b`,
  // A $cashtag: a dollar sign and a letter (a price starts with a digit).
  String.raw`(?<![\w$])\$[A-Za-z][A-Za-z0-9_-]{1,19}\b`,
  String.raw`\bvenmo\b`,
  String.raw`\bpay\s?pal\b`,
  String.raw`\bzelle\b`,
  String.raw`\bwestern\s+union\b`,
  String.raw`\bmoney\s?grams?\b`,
  String.raw`\bmoney\s+orders?\b`,
  String.raw`\bgift\s?cards?\b`,
  String.raw`\b(?:green\s?dot|vanilla\s+visa|reloadit|prepaid\s+(?:debit\s+)?cards?)\b`,
  String.raw`\b(?:apple|google|samsung)\s+pay\b`,
  String.raw`\bwire\s+transfers?\b`,
  String.raw`\b(?:bitcoin|crypto(?:currency)?)\b`,
  String.raw`\b(?:access\s?corrections|touch\s?pay)\b`,
  // JPay is also a messaging service: only money on JPay is flagged.
  String.raw`\bjpay\b(?=[^.\n]{0,40}\b(?:money|funds|deposit|transfer|account|send)\b)`,
  String.raw`\b(?:money|funds|deposit|transfer)\b[^.\n]{0,40}\bjpay\b`,
];

// Phone numbers: US forms with dots, dashes, spaces or brackets; 7-digit local numbers with a separator; international
// numbers written with a plus. Never next to other digits, so dates (1985-04-23), ISBN parts and years stay quiet.
const SEP = String.raw`[\s.\-‐–]?`;
const PHONE = [
  String.raw`(?<![\w\-.$/])(?:\+?1${SEP})?(?:\(\d{3}\)|\d{3})${SEP}\d{3}${SEP}\d{4}(?![\w\-/]|\.\d)`,
  String.raw`(?<![\w\-.$/:])\d{3}[.\-]\d{4}(?![\w\-/:]|\.\d)`,
  String.raw`(?<![\w+])\+\d{1,3}(?:[\s.\-]?\(?\d{1,4}\)?){2,5}(?![\w\-])`,
];

// Only from the start of a run of address characters: trying every position inside a long run is quadratic.
const LOCAL_PART = String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+`;
const EMAIL = [
  String.raw`${LOCAL_PART}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`,
  String.raw`${LOCAL_PART}\s*(?:\(at\)|\[at\]|\{at\})\s*[A-Za-z0-9-]+\s*(?:\(dot\)|\[dot\]|\{dot\}|\.|\s+dot\s+)\s*[A-Za-z]{2,}\b`,
  String.raw`${LOCAL_PART}\s+at\s+(?:gmail|yahoo|hotmail|outlook|icloud|aol|proton(?:mail)?|live|msn)\s*(?:\.|\s+dot\s+)\s*(?:com|net|org|me)\b`,
];

const STREET_SUFFIX = String.raw`(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|way|terrace|ter|circle|cir|highway|hwy|parkway|pkwy|trail|trl|square|sq|route|rte)`;
const STATE_CODES = Object.keys(US_STATES).join('|');
const STATE_NAMES = Object.values(US_STATES)
  .map((name) => name.replace(/ /g, String.raw`\s+`))
  .join('|');

const ADDRESS_CASED = [
  // "1234 Elm Street", "55 W 3rd Ave", "742 Evergreen Terrace": a house number, capitalised or ordinal street name words
  // and a street word (so "5 miles down the road" stays quiet).
  String.raw`(?<![\w.,/:$-])\d{1,6}[A-Za-z]?\s+(?:(?:[NSEW]|N\.?E|N\.?W|S\.?E|S\.?W|North|South|East|West)\.?\s+)?(?!The\s)(?:(?:[A-Z][A-Za-z'’.-]*|\d{1,3}(?:st|nd|rd|th))\s+){1,3}(?:${STREET_SUFFIX.replace(/\b([a-z])/g, (letter) => `[${letter.toUpperCase()}${letter}]`)})\b\.?`,
  // A ZIP code after a state: "Salem, OR 97301", "Portland, Oregon 97201-1234".
  String.raw`\b(?:${STATE_CODES})\s+\d{5}(?:-\d{4})?\b`,
];
const ADDRESS_ANY_CASE = [
  String.raw`\b(?:${STATE_NAMES}),?\s+\d{5}(?:-\d{4})?\b`,
  String.raw`\bP\.?\s?O\.?\s*Box\s*#?\s*\d+`,
  String.raw`\bpost\s+office\s+box\s*#?\s*\d+`,
  String.raw`\b(?:apt|apartment|suite|ste)\.?\s*(?:#|no\.?\s*)?\s*\d+[A-Za-z]?\b`,
  String.raw`\bmy\s+(?:home\s+|mailing\s+|street\s+|new\s+)?address\s+(?:is|:)`,
];

const PLATFORMS = String.raw`(?:instagram|insta|snapchat|tik\s?tok|telegram|whats\s?app|facebook|fb\s+messenger|kik|discord|twitter|onlyfans)`;
const SOCIAL = [
  // "@jane_doe" not inside an email address.
  String.raw`(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.[A-Za-z])`,
  String.raw`\b(?:facebook|fb|instagram|twitter|x|tiktok|snapchat|linkedin|youtube|threads|onlyfans)\.com\/[\w.@-]+`,
  String.raw`\b(?:t\.me|wa\.me)\/[\w+.-]+`,
  // "my insta is jane.doe", "my snap: jd99", "add me on ig jane"
  String.raw`\bmy\s+(?:${PLATFORMS}|ig|snap|sc|handle|username|user\s+name)\s*(?:name|handle|id)?\s*(?:is|:|=|-)\s*@?[\w.]{2,30}`,
  String.raw`\b(?:add|find|follow|message|dm|text)\s+me\s+on\s+(?:${PLATFORMS}|ig|snap)\b(?:\s*(?::|at)?\s*@?[\w.]{2,30})?`,
  String.raw`\b${PLATFORMS}\b`,
];

type Rule = { code: FlagCode; pattern: RegExp };

const rule = (code: FlagCode, sources: string[], flags = 'giu'): Rule[] =>
  sources.map((source) => ({ code, pattern: new RegExp(source, flags) }));

const RULES: Rule[] = [
  ...rule('money', MONEY),
  ...rule('payment-service', PAYMENT),
  ...rule('phone', PHONE, 'gu'),
  ...rule('email', EMAIL),
  ...rule('street-address', ADDRESS_CASED, 'gu'),
  ...rule('street-address', ADDRESS_ANY_CASE),
  ...rule('social-handle', SOCIAL),
];

/** The settings' screening words as one pattern: whole words or phrases, any case. */
function wordsPattern(words: readonly string[]): RegExp | null {
  const escaped = words
    .map((word) => word.trim())
    .filter(Boolean)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, String.raw`\s+`));
  if (escaped.length === 0) return null;
  return new RegExp(String.raw`(?<![\p{L}\p{N}_])(?:${escaped.join('|')})(?![\p{L}\p{N}_])`, 'giu');
}

/** Every finding in `text`, in order of position. `words`: the settings' screening list (lower case). */
export function screenText(text: string, words: readonly string[] = []): Flag[] {
  const found: Flag[] = [];
  const explicit = wordsPattern(words);
  for (const { code, pattern } of explicit ? [...RULES, { code: 'explicit' as const, pattern: explicit }] : RULES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].trimEnd().length;
      if (end > start && (code !== 'phone' || phoneDigits(match[0]))) found.push({ code, start, end });
    }
  }
  return mergeOverlaps(found);
}

/** A plausible phone number has 7 to 15 digits. */
function phoneDigits(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

/** Overlapping findings of the same rule become one span ("my insta is jd" and "insta"); sorted by position. */
function mergeOverlaps(flags: Flag[]): Flag[] {
  const sorted = flags.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Flag[] = [];
  for (const flag of sorted) {
    const same = merged.findLast((kept) => kept.code === flag.code);
    if (same && flag.start <= same.end) same.end = Math.max(same.end, flag.end);
    else merged.push({ ...flag });
  }
  return merged;
}

/** The flags stored on a letter or reply (JSON), read back leniently: anything unreadable is no flags. */
export function parseFlags(stored: string): Flag[] {
  try {
    const value: unknown = JSON.parse(stored);
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (flag): flag is Flag =>
          typeof flag === 'object' &&
          flag !== null &&
          (FLAG_CODES as readonly string[]).includes(flag.code) &&
          Number.isInteger(flag.start) &&
          Number.isInteger(flag.end) &&
          flag.end > flag.start,
      )
      .sort((a, b) => a.start - b.start);
  } catch {
    return [];
  }
}
