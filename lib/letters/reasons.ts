// The reasons staff give, as short codes with the words the pen pal reads. Codes are stored on the letter and its
// events; labels may be reworded without touching the data.

export const SCREENING_REASONS = [
  'money-or-gifts',
  'contact-details',
  'facility-rules',
  'tone',
  'too-long',
  'other',
] as const;
export type ScreeningReason = (typeof SCREENING_REASONS)[number];

export const SCREENING_REASON_LABELS: Record<ScreeningReason, string> = {
  'money-or-gifts': 'Mentions money, gifts or payments',
  'contact-details': 'Contains contact details (phone, email, address or social media)',
  'facility-rules': 'Breaks the facility’s mail rules',
  tone: 'Tone or content we cannot pass on',
  'too-long': 'Too long to print',
  other: 'Another reason (see the note)',
};

// Why the post office brought a letter back. Moved and released mean the profile's address is out of date.
export const RETURN_REASONS = ['moved', 'released', 'refused', 'bad-address'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];

export const RETURN_REASON_LABELS: Record<ReturnReason, string> = {
  moved: 'Moved to another facility',
  released: 'Released',
  refused: 'Refused by the facility',
  'bad-address': 'Bad address',
};

/** Returns that pause new letters to the profile until staff have checked where the person is. */
export function pausesLetters(reason: ReturnReason): boolean {
  return reason === 'moved' || reason === 'released';
}

/** The label for any stored reason code; an unknown code (from an older version) shows as itself. */
export function reasonLabel(code: string | null | undefined): string {
  if (!code) return '';
  return (
    (SCREENING_REASON_LABELS as Record<string, string>)[code] ??
    (RETURN_REASON_LABELS as Record<string, string>)[code] ??
    code
  );
}
