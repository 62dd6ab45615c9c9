import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { MIGRATIONS, providerOf } from '@/lib/db/url';
import { env } from '@/lib/env';
import { interestBitsOf } from '@/lib/profiles/interest-bits';
import { facilityData, profileData } from '@/prisma/factories';

// Profiles stored before interestBits existed got theirs from the migration's backfill, in SQL of each database.
// Run it again on profiles whose bits were cleared: it must give what the app writes for their tags.

function backfillStatement(): string {
  const { dir } = MIGRATIONS[providerOf(env.databaseUrl)];
  const folder = readdirSync(dir).find((name) => name.endsWith('_interest_bits'))!;
  const sql = readFileSync(path.join(dir, folder, 'migration.sql'), 'utf8');
  return sql.match(/UPDATE "Profile" SET "interestBits"[^;]+/)![0];
}

describe('the interestBits backfill', () => {
  it('gives each stored profile the bits of its interest tags, free-text ones left out', async () => {
    const facility = await db.facility.create({ data: facilityData() });
    const lists = [['chess', 'books'], ['writing', 'art', 'law'], ['bird watching'], [], ['poetry', 'poetry club']];
    const profiles = [];
    for (const interestList of lists)
      profiles.push(await db.profile.create({ data: profileData(facility, { interestList }) }));
    await db.profile.updateMany({ data: { interestBits: 0n } });

    await db.$executeRawUnsafe(backfillStatement());

    const stored = await db.profile.findMany({
      where: { id: { in: profiles.map((profile) => profile.id) } },
      select: { id: true, interestBits: true },
    });
    const byId = new Map(stored.map((row) => [row.id, row.interestBits]));
    expect(profiles.map((profile) => byId.get(profile.id))).toEqual(lists.map(interestBitsOf));
    expect(byId.get(profiles[1]!.id)).toBe((1n << 39n) | 1n | (1n << 20n));
  });
});
