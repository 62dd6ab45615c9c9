import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';

// A listed photo's name is public, so a name alone proves nothing. The submission form carries the name of the photo
// it uploaded signed with the time of upload; only such a claim attaches a photo (or lets the submitter preview it).

export const UPLOAD_CLAIM_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const CLAIM = /^([0-9a-f]{32}\.webp)\.(\d{1,15})\.([\w-]{43})$/;

function sign(secret: string, name: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`photo-upload:${name}:${issuedAt}`).digest('base64url');
}

export function claimUpload(secret: string, name: string, now = Date.now()): string {
  return `${name}.${now}.${sign(secret, name, now)}`;
}

/** The photo name a claim was issued for, or null when it is missing, forged, from the future or older than a day. */
export function claimedUpload(secret: string, claim: string | undefined, now = Date.now()): string | null {
  const [, name, issuedRaw, signature] = claim?.match(CLAIM) ?? [];
  const issuedAt = Number(issuedRaw);
  if (!name || !signature || !Number.isSafeInteger(issuedAt)) return null;
  const expected = Buffer.from(sign(secret, name, issuedAt));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const age = now - issuedAt;
  return age >= 0 && age <= UPLOAD_CLAIM_MAX_AGE_MS ? name : null;
}
