import { describe, expect, it } from 'vitest';
import { UPLOAD_CLAIM_MAX_AGE_MS, claimUpload, claimedUpload } from '@/lib/photos/upload-claim';

const secret = 'unit-test-secret';
const name = `${'ab'.repeat(16)}.webp`;

describe('upload claim', () => {
  it('gives back the photo name it signed, for a day', () => {
    const claim = claimUpload(secret, name, 1_000_000);
    expect(claimedUpload(secret, claim, 1_000_000)).toBe(name);
    expect(claimedUpload(secret, claim, 1_000_000 + UPLOAD_CLAIM_MAX_AGE_MS)).toBe(name);
  });

  it('rejects a bare name, a forged, renamed, re-dated, future or stale claim', () => {
    const claim = claimUpload(secret, name, 1_000_000);
    const signature = claim.slice(-43);
    const issued = claim.slice(name.length + 1, -44);
    const other = `${'cd'.repeat(16)}.webp`;
    expect(claimedUpload(secret, name, 1_000_000)).toBeNull();
    expect(claimedUpload(secret, undefined)).toBeNull();
    expect(claimedUpload('other-secret', claim, 1_000_000)).toBeNull();
    expect(claimedUpload(secret, `${other}.${issued}.${signature}`, 1_000_000)).toBeNull();
    expect(claimedUpload(secret, `${name}.${Number(issued) + 60_000}.${signature}`, 1_000_000)).toBeNull();
    expect(claimedUpload(secret, claim, 999_000)).toBeNull();
    expect(claimedUpload(secret, claim, 1_000_001 + UPLOAD_CLAIM_MAX_AGE_MS)).toBeNull();
    expect(claimedUpload(secret, '../../etc/passwd.1.x')).toBeNull();
  });
});
