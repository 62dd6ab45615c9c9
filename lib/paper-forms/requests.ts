// Paper forms for people inside, who cannot use the site: a printed page with their profile's reference, on which
// they (or staff on their behalf) tick what they ask for. Staff enter a returned form at /admin/forms by its reference.

export const PAPER_REQUESTS = ['renew', 'correct', 'take-down', 'consent', 'stop-pen-pal'] as const;
export type PaperRequest = (typeof PAPER_REQUESTS)[number];

/** What the person ticks on the form. */
export const PAPER_REQUEST_LABELS: Record<PaperRequest, string> = {
  renew: 'Keep my listing for another 12 months',
  correct: 'Correct my details (write the changes below)',
  'take-down': 'Take my profile down',
  consent: 'I agree to my profile being listed',
  'stop-pen-pal': 'Stop the letters from the pen pal whose code I write below',
};

/** What staff are told to do when they open the profile with the request. */
export const PAPER_REQUEST_STEPS: Record<PaperRequest, string> = {
  renew: 'Check the form is signed, record their consent as confirmed, then choose Renew below.',
  correct: 'Make the changes they wrote in the edit form below, then save.',
  'take-down': 'Choose Take down below and give “asked by the person on a paper form” as the reason.',
  consent: 'Check the form is signed, then record the consent as confirmed.',
  'stop-pen-pal':
    'Check the form is signed, then stop the letters below. The pen pal is told kindly, and cannot restart.',
};

/** Requests found by the code of a pen pal's letters (printed on each), not by the profile's reference. */
export const BY_REPLY_CODE: readonly PaperRequest[] = ['stop-pen-pal'];

export function isPaperRequest(value: string | undefined): value is PaperRequest {
  return (PAPER_REQUESTS as readonly string[]).includes(value ?? '');
}

/** A reference as typed from a form: spaces dropped, upper case, the BB- prefix added when left out. */
export function normaliseReference(input: string): string {
  const code = input.toUpperCase().replace(/\s+/g, '');
  return code.startsWith('BB-') ? code : `BB-${code.replace(/^BB/, '')}`;
}
