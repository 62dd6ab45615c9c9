import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '@/lib/db/url';
import { INTEREST_BITS, interestBitsOf } from '@/lib/profiles/interest-bits';
import { profileColumns } from '@/lib/profiles/schema';
import { INTERESTS } from '@/lib/profiles/vocabulary';

/** The bit of each interest as a migration's backfill wrote it into the stored profiles. */
function bitsInBackfill(dir: string): Record<string, number> {
  const folder = readdirSync(dir).find((name) => name.endsWith('_interest_bits'))!;
  const sql = readFileSync(path.join(dir, folder, 'migration.sql'), 'utf8');
  return Object.fromEntries(
    [...sql.matchAll(/WHEN '([a-z-]+)' THEN (\d+)/g)].map(([, key, value]) => [key, Math.log2(Number(value))]),
  );
}

describe('interest bits', () => {
  it('gives every curated interest its own bit that fits a signed 64-bit integer', () => {
    const bits = INTERESTS.map((key) => INTEREST_BITS[key]);
    expect(new Set(bits).size).toBe(INTERESTS.length);
    for (const bit of bits) expect(bit >= 0 && bit <= 62 && Number.isInteger(bit)).toBe(true);
  });

  it('keeps the bits the stored profiles were given, on both databases', () => {
    for (const { dir } of Object.values(MIGRATIONS)) {
      const stored = bitsInBackfill(dir);
      expect(Object.keys(stored).length).toBe(40);
      for (const [key, bit] of Object.entries(stored))
        expect({ key, bit }).toEqual({ key, bit: INTEREST_BITS[key as keyof typeof INTEREST_BITS] });
    }
  });

  it('sets the bits of curated interests only, once each', () => {
    expect(interestBitsOf(['chess', 'books', 'chess', 'knitting circles'])).toBe((1n << 4n) | (1n << 3n));
    expect(interestBitsOf([])).toBe(0n);
    expect(interestBitsOf(['writing'])).toBe(1n << 39n);
  });

  it('is stored with the interests a profile is saved with', () => {
    const fields = {
      interests: ['poetry', 'law'],
      ownInterests: ['poetry', 'bird watching'],
      seeking: [],
      languages: [],
    };
    const { data } = profileColumns(fields as unknown as Parameters<typeof profileColumns>[0]);
    expect(data.interestBits).toBe(interestBitsOf(['poetry', 'law']));
  });
});
