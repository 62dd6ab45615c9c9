// Screening of letters and replies: pure rules that flag what staff must look at, each with a reason code and the
// span of text it found. Flags are shown to staff, never acted on silently.
// (Skeleton: the letters-writing work fills in the rules; the signature is what letters and replies rely on.)

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

/** One finding: the rule and where in the text (UTF-16 offsets, end exclusive). */
export type Flag = { code: FlagCode; start: number; end: number };

/** Every finding in `text`, in order of position. `words`: the settings' screening list (lower case). */
export function screenText(text: string, words: readonly string[] = []): Flag[] {
  void text;
  void words;
  return [];
}
