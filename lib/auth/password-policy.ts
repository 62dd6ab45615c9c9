import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

// New passwords: 12 to 128 characters, and not guessable. zxcvbn-ts estimates guessability against common-password
// lists, names, words and keyboard patterns, and against what the person typed elsewhere in the form (their email
// and name), so "Pat Penpal 2026!" is refused for Pat Penpal.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
// zxcvbn's scale: 3 is "safely unguessable: moderate protection from offline slow-hash scenario" (about 10^8 guesses
// or more), which argon2id makes an expensive attack.
const MIN_SCORE = 3;

// The check runs while the form is parsed, before any rate limit, and blocks the server while it runs. With
// zxcvbn's defaults a 128-character password full of l33t characters took 2-5 s of CPU (measured); these two caps
// bring the worst we found under 0.2 s. The first 64 characters are judged (a weak start is still refused), and a
// password needing more than 8 l33t substitutions to reach a word is not weak for want of them.
const ZXCVBN_LIMITS = { maxLength: 64, l33tMaxSubstitutions: 8 };

let estimator: ZxcvbnFactory | undefined;
function zxcvbn() {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
    ...ZXCVBN_LIMITS,
  });
  return estimator;
}

/** Every problem with `password` as a new password, in plain words; empty when it is fine. */
export function passwordProblems(password: string, context: readonly string[] = []): string[] {
  if (password.length < PASSWORD_MIN)
    return [`Use at least ${PASSWORD_MIN} characters. A few unrelated words make a strong one.`];
  if (password.length > PASSWORD_MAX) return [`Use at most ${PASSWORD_MAX} characters.`];
  const words = context
    .flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 3);
  // zxcvbn counts a name as a few guesses but still rates "patpenpal2026" fair; a name in a password is a known start.
  if (words.some((word) => word.length >= 4 && password.toLowerCase().includes(word))) {
    return ['Leave your name and email address out of your password.'];
  }
  const result = zxcvbn().check(password, words);
  if (result.score >= MIN_SCORE) return [];
  const hint = result.feedback.warning ? `${result.feedback.warning.replace(/\.?$/, '.')} ` : '';
  return [`${hint}This password would be easy to guess. Try a few unrelated words, or a longer phrase.`];
}
