import { createHmac, timingSafeEqual } from 'node:crypto';

// A statically generated page cannot carry the time its form was served in its HTML. A small image inside the form
// (app/(site)/articles/[slug]/form-stamp) stamps the browser with a signed cookie scoped to the page instead; the
// form's action reads it back to apply the minimum fill time. Any public form can use it with its own scope.

export const FORM_STAMP_COOKIE = 'bb_form_stamp';
export const FORM_STAMP_MAX_AGE_S = 7 * 24 * 60 * 60;

function sign(secret: string, scope: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`${scope}:${issuedAt}`).digest('base64url');
}

export function createFormStamp(secret: string, scope: string, now = Date.now()): string {
  return `${now}.${sign(secret, scope, now)}`;
}

/** Milliseconds since the stamp was issued, or null when it is missing, forged, for another page or from the future. */
export function stampAgeMs(secret: string, scope: string, stamp: string | undefined, now = Date.now()): number | null {
  if (!stamp) return null;
  const [issuedRaw, signature] = stamp.split('.');
  const issuedAt = Number(issuedRaw);
  if (!signature || !Number.isSafeInteger(issuedAt)) return null;
  const expected = Buffer.from(sign(secret, scope, issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const age = now - issuedAt;
  if (age < 0 || age > FORM_STAMP_MAX_AGE_S * 1000) return null;
  return age;
}
