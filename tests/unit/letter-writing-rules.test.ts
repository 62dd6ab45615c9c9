import { describe, expect, it } from 'vitest';
import { type FacilityRules, ruleNotes, rulesChecked, ruleWarnings } from '@/lib/letters/facility-rules';
import { allowance } from '@/lib/letters/limits';
import { sheetsFor } from '@/lib/letters/sheets';
import { writingBlock, type WritingTarget } from '@/lib/letters/writable';
import { facilityEditSchema } from '@/lib/profiles/schema';

const LIMITS = { perDay: 3, firstPerDay: 1 };
const NEW_LETTER = { isFirst: false, resubmission: false };

describe('the daily limits', () => {
  it('count down from the settings', () => {
    expect(allowance(LIMITS, { sent: 0, firstSent: 0 }, NEW_LETTER)).toMatchObject({
      left: 3,
      firstLeft: 1,
      canSend: true,
    });
    expect(allowance(LIMITS, { sent: 2, firstSent: 1 }, NEW_LETTER)).toMatchObject({ left: 1, firstLeft: 0 });
  });

  it('refuse a fourth letter, and a second first letter, with the reason in words', () => {
    const full = allowance(LIMITS, { sent: 3, firstSent: 0 }, NEW_LETTER);
    expect(full).toMatchObject({ left: 0, canSend: false });
    expect(full.refusal).toMatch(/3 letters in the last 24 hours/);
    const first = allowance(LIMITS, { sent: 1, firstSent: 1 }, { isFirst: true, resubmission: false });
    expect(first.canSend).toBe(false);
    expect(first.refusal).toMatch(/1 new person a day/);
    expect(allowance(LIMITS, { sent: 1, firstSent: 1 }, NEW_LETTER).canSend).toBe(true);
  });

  it('never go below zero, never offer more first letters than letters, and let a resubmission through', () => {
    expect(allowance(LIMITS, { sent: 7, firstSent: 4 }, NEW_LETTER)).toMatchObject({ left: 0, firstLeft: 0 });
    expect(allowance({ perDay: 3, firstPerDay: 5 }, { sent: 2, firstSent: 0 }, NEW_LETTER).firstLeft).toBe(1);
    expect(allowance(LIMITS, { sent: 9, firstSent: 9 }, { isFirst: true, resubmission: true }).canSend).toBe(true);
  });
});

const rules = (overrides: Partial<FacilityRules> = {}): FacilityRules => ({
  name: 'Cedar Creek',
  postcardsOnly: false,
  mailScanned: false,
  maxPages: null,
  noGreetingCards: false,
  photosAccepted: true,
  rulesCheckedAt: null,
  rulesSource: '',
  ...overrides,
});

describe('facility rules in the composer', () => {
  it('warn when the printed letter has more pages than the facility takes', () => {
    const long = Array.from({ length: 60 }, (_, i) => `Line ${i} of a long letter.`).join('\n');
    expect(sheetsFor(long)).toBe(2);
    expect(ruleWarnings(rules({ maxPages: 2 }), long)).toEqual([]);
    const [warning] = ruleWarnings(rules({ maxPages: 1 }), long);
    expect(warning).toMatchObject({ rule: 'max-pages', blocksSending: false });
    expect(warning!.message).toBe(
      'Printed, this letter takes 2 pages; Cedar Creek accepts at most 1. Please shorten it, or the facility may return it.',
    );
  });

  it('say before anything is written that a postcards-only facility takes no letters', () => {
    expect(ruleWarnings(rules({ postcardsOnly: true }), '')).toEqual([
      expect.objectContaining({ rule: 'postcards-only', blocksSending: true }),
    ]);
    expect(ruleWarnings(rules(), '')).toEqual([]);
  });

  it('are listed in words, with when they were checked', () => {
    const notes = ruleNotes(
      rules({ mailScanned: true, maxPages: 5, noGreetingCards: true, photosAccepted: false, postcardsOnly: true }),
    );
    expect(notes).toEqual([
      'Postcards only: the facility does not accept letters.',
      'Mail goes to a scanning centre: they receive a copy, and the original paper is destroyed.',
      'At most 5 pages per letter.',
      'No greeting cards.',
      'Photos are not accepted.',
      'We print plain black text on white paper, as every facility asks.',
    ]);
    expect(rulesChecked(rules({ rulesCheckedAt: new Date('2026-05-04T00:00:00Z') }))).toBe(
      'Rules checked on May 4, 2026',
    );
    expect(rulesChecked(rules())).toBeNull();
  });
});

describe('who can be written to', () => {
  const now = new Date('2026-11-01T00:00:00Z');
  const person = (overrides: Partial<WritingTarget> = {}): WritingTarget => ({
    displayName: 'Rosa M.',
    state: 'TX',
    status: 'published',
    expiresAt: new Date('2027-01-01T00:00:00Z'),
    lettersPausedAt: null,
    facility: { postcardsOnly: false },
    ...overrides,
  });

  it('nobody new to a person held in a state whose listings are hidden; a conversation under way carries on', () => {
    expect(writingBlock(person(), null, now, ['TX'])?.message).toBe(
      'Rosa M. is held in Texas, where we do not list people for pen pals, so we cannot start a new conversation with them.',
    );
    expect(writingBlock(person(), { stoppedAt: null, opened: false }, now, ['TX'])?.reason).toBe('hidden-state');
    expect(writingBlock(person(), { stoppedAt: null, opened: true }, now, ['TX'])).toBeNull();
    expect(writingBlock(person(), null, now, ['OR'])).toBeNull();
  });

  it('anyone listed, unless paused, stopped or postcards only, each with its reason', () => {
    expect(writingBlock(person(), null, now)).toBeNull();
    expect(writingBlock(person({ expiresAt: new Date('2026-10-01T00:00:00Z') }), null, now)?.reason).toBe('unlisted');
    expect(writingBlock(person({ status: 'released' }), null, now)?.reason).toBe('unlisted');
    expect(writingBlock(person({ lettersPausedAt: now }), null, now)?.message).toBe(
      'Letters to Rosa M. are paused while we check their address. Your draft is kept; we will let you know.',
    );
    expect(writingBlock(person(), { stoppedAt: now }, now)?.reason).toBe('stopped');
    expect(writingBlock(person({ facility: { postcardsOnly: true } }), null, now)?.reason).toBe('postcards-only');
  });
});

describe('the staff facility form’s mail rules', () => {
  const base = {
    facilityId: 'f1',
    facilityName: 'Cedar Creek',
    facilityState: 'OR',
    facilityAddress: 'PO Box 1\nSalem, OR 97300',
  };

  it('read checkboxes, a page limit, a date and a source link', () => {
    const parsed = facilityEditSchema.parse({
      ...base,
      facilityPostcardsOnly: 'on',
      facilityMaxPages: ' 5 ',
      facilityNoPhotos: 'on',
      facilityRulesCheckedAt: '2026-05-04',
      facilityRulesSource: 'https://doc.example.gov/mail',
    });
    expect(parsed).toMatchObject({
      facilityPostcardsOnly: true,
      facilityNoGreetingCards: false,
      facilityNoPhotos: true,
      facilityMaxPages: 5,
      facilityRulesCheckedAt: new Date('2026-05-04T00:00:00Z'),
      facilityRulesSource: 'https://doc.example.gov/mail',
    });
    expect(facilityEditSchema.parse(base)).toMatchObject({
      facilityMaxPages: null,
      facilityRulesCheckedAt: null,
      facilityRulesSource: '',
    });
  });

  it('refuse a page limit that is not a small whole number, a future date and a link that is not a web address', () => {
    const result = facilityEditSchema.safeParse({
      ...base,
      facilityMaxPages: '2.5',
      facilityRulesCheckedAt: '2999-01-01',
      facilityRulesSource: 'javascript:alert(1)',
    });
    expect(result.success).toBe(false);
    const errors = result.error!.flatten().fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(['facilityMaxPages', 'facilityRulesCheckedAt', 'facilityRulesSource']);
    expect(facilityEditSchema.safeParse({ ...base, facilityMaxPages: '0' }).success).toBe(false);
    expect(facilityEditSchema.safeParse({ ...base, facilityMaxPages: '51' }).success).toBe(false);
  });
});
