import 'server-only';
import { env } from '@/lib/env';
import { createFormStamp, stampAgeMs } from '@/lib/spam/form-stamp';

// The sign-up page is rendered per request, so the time it was served travels in a hidden field (signed, so it cannot
// be made up) rather than in a cookie as on the static article pages.

const SCOPE = 'signup';

export function newSignUpStamp(now = Date.now()): string {
  return createFormStamp(env.authSecret, SCOPE, now);
}

/** Milliseconds since the form was served; null when the stamp is missing, forged or too old. */
export function signUpStampAge(stamp: string | undefined, now = Date.now()): number | null {
  return stampAgeMs(env.authSecret, SCOPE, stamp, now);
}
