import { describe, expect, it } from 'vitest';
import { looksLikePhoneNumber } from '@/lib/profiles/phone-number';

describe('looksLikePhoneNumber', () => {
  it.each(['(541) 555-0142', '541-555-0142', '541.555.0142', '5415550142', '+1 541 555 0142', 'call 1-541-555-0142'])(
    'finds %s',
    (text) => expect(looksLikePhoneNumber(`My sister: ${text}, evenings.`)).toBe(true),
  );

  it.each(['Born in 1985, released 2031.', 'Inmate number WA-48213.', 'I read 300 books in 12 years.'])(
    'leaves %s alone',
    (text) => expect(looksLikePhoneNumber(text)).toBe(false),
  );
});
