import { randomInt } from 'node:crypto';

// The reply code printed on every letter of a thread. The person inside copies it onto the envelope by hand, so it is
// short, avoids letters that look alike (Crockford's base 32: no I, L, O or U) and ends with a check character
// (Crockford's mod 37), so a miscopied code is caught at intake instead of filing a reply in the wrong thread.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_SYMBOLS = `${ALPHABET}*~$=U`;
const DATA_LENGTH = 7;

function checkCharacter(data: string): string {
  let remainder = 0;
  for (const char of data) remainder = (remainder * 32 + ALPHABET.indexOf(char)) % 37;
  return CHECK_SYMBOLS[remainder]!;
}

/** A new random code, such as "K7M2-Q9X4": seven characters and a check character, grouped in fours. */
export function newReplyCode(): string {
  let data = '';
  for (let i = 0; i < DATA_LENGTH; i++) data += ALPHABET[randomInt(ALPHABET.length)];
  return format(data + checkCharacter(data));
}

function format(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * A code as typed or read off an envelope, in its printed form, or null when it is not a valid code: spaces and
 * dashes dropped, case ignored, and the characters people confuse read as Crockford says (I and L as 1, O as 0).
 */
export function parseReplyCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (code.length !== DATA_LENGTH + 1) return null;
  const data = code.slice(0, DATA_LENGTH);
  if ([...data].some((char) => !ALPHABET.includes(char))) return null;
  return checkCharacter(data) === code.at(-1) ? format(code) : null;
}
