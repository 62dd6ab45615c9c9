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

  it('refuses common and patterned passwords even when they are long enough', () => {
    for (const guessable of ['password1234', 'qwertyuiopasdf', '123456789012', 'iloveyou2026', 'aaaaaaaaaaaaaaaa']) {
      expect(passwordProblems(guessable), guessable).toHaveLength(1);
    }
  });

  it('refuses a password built from the person’s own name or email', () => {
    expect(passwordProblems('PatPenpal2026!', ['Pat Penpal', 'pat.penpal@example.org'])).toHaveLength(1);
  });
});
