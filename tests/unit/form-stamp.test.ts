import { describe, expect, it } from 'vitest';
import { FORM_STAMP_MAX_AGE_S, createFormStamp, stampAgeMs } from '@/lib/spam/form-stamp';

const secret = 'unit-test-secret';

describe('form stamp', () => {
  it('reports the age of a stamp it issued for the same page', () => {
    const stamp = createFormStamp(secret, 'an-article', 1_000_000);
    expect(stampAgeMs(secret, 'an-article', stamp, 1_004_000)).toBe(4_000);
  });

  it('rejects a missing, forged, foreign, future or stale stamp', () => {
    const stamp = createFormStamp(secret, 'an-article', 1_000_000);
    const [issued] = stamp.split('.');
    expect(stampAgeMs(secret, 'an-article', undefined)).toBeNull();
    expect(stampAgeMs(secret, 'an-article', `${Number(issued) - 60_000}.${stamp.split('.')[1]}`, 1_004_000)).toBeNull();
    expect(stampAgeMs(secret, 'another-article', stamp, 1_004_000)).toBeNull();
    expect(stampAgeMs('other-secret', 'an-article', stamp, 1_004_000)).toBeNull();
    expect(stampAgeMs(secret, 'an-article', stamp, 999_000)).toBeNull();
    expect(stampAgeMs(secret, 'an-article', stamp, 1_000_000 + FORM_STAMP_MAX_AGE_S * 1000 + 1)).toBeNull();
    expect(stampAgeMs(secret, 'an-article', 'garbage')).toBeNull();
  });
});
