// A bio must not carry a phone number (the hint says so, and people inside cannot take calls from strangers safely).

const PHONE_NUMBER = /(?:\+?1[\s.-]?)?(?:\(\d{3}\)|\b\d{3})[\s.-]?\d{3}[\s.-]?\d{4}\b/;

/** True when the text holds something shaped like a North American phone number, such as (541) 555-0142. */
export function looksLikePhoneNumber(text: string): boolean {
  return PHONE_NUMBER.test(text);
}

export const PHONE_NUMBER_MESSAGE =
  'This looks like a phone number. Please take it out: pen pals write through the program, never by phone.';
