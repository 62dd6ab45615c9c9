import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BLOCKED_WORDS,
  MIN_FILL_MS,
  countLinks,
  findBlockedWord,
  spamReasons,
  type SpamSignals,
} from '@/lib/spam/rules';

const clean: SpamSignals = {
  honeypot: '',
  elapsedMs: 30_000,
  name: 'Rosa',
  email: 'rosa@example.org',
  url: null,
  body: 'Thank you for this guide, it helped me write my first letter.',
  blockedWords: DEFAULT_BLOCKED_WORDS,
  rateLimited: false,
};

describe('spamReasons', () => {
  it('passes an ordinary comment', () => {
    expect(spamReasons(clean)).toEqual([]);
  });

  it('catches a filled honeypot', () => {
    expect(spamReasons({ ...clean, honeypot: 'ACME Ltd' })).toEqual(['honeypot']);
  });

  it('catches a form submitted faster than a person can type', () => {
    expect(spamReasons({ ...clean, elapsedMs: MIN_FILL_MS - 1 })).toEqual(['too-fast']);
    expect(spamReasons({ ...clean, elapsedMs: MIN_FILL_MS })).toEqual([]);
  });

  it('catches a missing or forged form stamp', () => {
    expect(spamReasons({ ...clean, elapsedMs: null })).toEqual(['no-form-stamp']);
  });

  it('allows two links and catches a third', () => {
    const two = 'See https://a.example and www.b.example';
    expect(spamReasons({ ...clean, body: two })).toEqual([]);
    expect(spamReasons({ ...clean, body: `${two} and http://c.example` })).toEqual(['too-many-links']);
  });

  it('catches blocked words in any field, as whole words, ignoring case', () => {
    expect(spamReasons({ ...clean, body: 'Best CASINO bonus' })).toEqual(['blocked-word']);
    expect(spamReasons({ ...clean, name: 'Payday Loan King' })).toEqual(['blocked-word']);
    expect(spamReasons({ ...clean, body: 'The casinos of old Las Vegas' })).toEqual([]);
  });

  it('reports every rule that fires', () => {
    expect(spamReasons({ ...clean, honeypot: 'x', elapsedMs: 10, rateLimited: true })).toEqual([
      'honeypot',
      'too-fast',
      'rate-limit',
    ]);
  });
});

describe('helpers', () => {
  it('counts links', () => {
    expect(countLinks('no links here')).toBe(0);
    expect(countLinks('http://a.example https://b.example/x?y=1 www.c.example')).toBe(3);
  });

  it('finds the first blocked word or null', () => {
    expect(findBlockedWord(['buy Viagra now'], ['viagra'])).toBe('viagra');
    expect(findBlockedWord(['nothing to see'], ['viagra', ''])).toBeNull();
  });
});
