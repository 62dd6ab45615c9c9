import { describe, expect, it } from 'vitest';
import { newReplyCode, parseReplyCode } from '@/lib/letters/reply-code';
import { isEditable, LETTER_STATUSES, LETTER_STEPS, letterStep, type LetterStepName } from '@/lib/letters/status';
import { parseSection } from '@/lib/settings/schema';

describe('reply codes', () => {
  it('are eight characters in two groups of four and read back as themselves', () => {
    for (let i = 0; i < 200; i++) {
      const code = newReplyCode();
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z*~$=U]{4}$/);
      expect(parseReplyCode(code)).toBe(code);
    }
  });

  it('forgive case, spaces, dashes and the letters people confuse with digits', () => {
    const code = newReplyCode();
    const typed = code.toLowerCase().replace('-', ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    expect(parseReplyCode(typed)).toBe(code);
  });

  it('catch a miscopied character or two swapped neighbours', () => {
    const code = newReplyCode().replace('-', '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let at = 0; at < 7; at++) {
      const wrong = alphabet[(alphabet.indexOf(code[at]!) + 1) % 32];
      expect(parseReplyCode(code.slice(0, at) + wrong + code.slice(at + 1))).toBeNull();
    }
    for (let at = 0; at < 6; at++) {
      if (code[at] === code[at + 1]) continue;
      const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
      expect(parseReplyCode(swapped)).toBeNull();
    }
    expect(parseReplyCode('')).toBeNull();
    expect(parseReplyCode(code.slice(0, 7))).toBeNull();
  });
});

describe('letter steps', () => {
  it('apply only from their own statuses, as one table says', () => {
    for (const step of Object.keys(LETTER_STEPS) as LetterStepName[]) {
      for (const status of LETTER_STATUSES) {
        const from = LETTER_STEPS[step].from as readonly string[];
        expect(letterStep(step, status)).toBe(from.includes(status) ? LETTER_STEPS[step].to : null);
      }
    }
    expect(letterStep('submit', 'changes_requested')).toBe('submitted');
    expect(letterStep('approve', 'draft')).toBeNull();
    expect(letterStep('post', 'approved')).toBeNull();
  });

  it('leave a letter editable only as a draft or when sent back', () => {
    expect(LETTER_STATUSES.filter(isEditable)).toEqual(['draft', 'changes_requested']);
  });
});

describe('settings sections', () => {
  it('fall back to the defaults for a section that is missing or invalid', () => {
    expect(parseSection('letters', undefined)).toEqual({ perDay: 3, firstPerDay: 1, noReplyDays: 21 });
    expect(parseSection('letters', { perDay: 5 })).toMatchObject({ perDay: 5, firstPerDay: 1 });
    expect(parseSection('letters', { perDay: 'lots' })).toMatchObject({ perDay: 3 });
    expect(parseSection('program', {}).returnAddress.length).toBeGreaterThan(0);
  });
});
