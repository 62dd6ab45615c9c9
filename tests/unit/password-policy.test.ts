import { describe, expect, it } from 'vitest';
import { passwordProblems } from '@/lib/auth/password-policy';

describe('passwordProblems', () => {
  it('accepts a long passphrase of unrelated words', () => {
    expect(passwordProblems('copper kettle walks north')).toEqual([]);
    expect(passwordProblems('v8#Lq2!mZr9@xT')).toEqual([]);
  });

  it('refuses short and over-long passwords', () => {
    expect(passwordProblems('short1!')[0]).toMatch(/at least 12 characters/);
    expect(passwordProblems('a'.repeat(129))[0]).toMatch(/at most 128/);
  });

  it('takes exactly 12 and exactly 128 characters, and not 11 or 129', () => {
    const strong = 'v8#Lq2!mZr9@xT-kettle walks north over copper hills';
    expect(passwordProblems(strong.slice(0, 11))[0]).toMatch(/at least 12 characters/);
    expect(passwordProblems(strong.slice(0, 12))).toEqual([]);
    const long = strong.repeat(3).slice(0, 128);
    expect(passwordProblems(long)).toEqual([]);
    expect(passwordProblems(`${long}x`)[0]).toMatch(/at most 128/);
  });

  it('judges the longest password quickly: the check runs before any rate limit', () => {
    passwordProblems('warm the dictionaries up');
    // The slowest inputs found with zxcvbn's defaults (2-5 s each on a busy machine): long, and full of l33t.
    for (const slow of [
      'v8#Lq2!mZr9@xT-kettle walks north over copper hills'.repeat(3).slice(0, 128),
      '4@1!3$0|'.repeat(16),
    ]) {
      const started = performance.now();
      passwordProblems(slow);
      expect(performance.now() - started, slow).toBeLessThan(500);
    }
  });

  it('judges the first 64 characters: a long password that starts weak is refused', () => {
    expect(passwordProblems(`${'password'.repeat(8)}v8#Lq2!mZr9@xT`)).toHaveLength(1);
  });

  it('refuses common and patterned passwords even when they are long enough', () => {
    for (const guessable of ['password1234', 'qwertyuiopasdf', '123456789012', 'iloveyou2026', 'aaaaaaaaaaaaaaaa']) {
      expect(passwordProblems(guessable), guessable).toHaveLength(1);
    }
  });

  it('refuses a password built from the person’s own name or email', () => {
    expect(passwordProblems('PatPenpal2026!', ['Pat Penpal', 'pat.penpal@example.org'])).toHaveLength(1);
  });
});
