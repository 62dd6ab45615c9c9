import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { parseDirectoryParams } from '@/lib/profiles/directory-params';
import { isListed, listedSql, listedWhere } from '@/lib/profiles/listing';
import { AWAITING_REVIEW, PROFILE_STATUSES, type ProfileStatus } from '@/lib/profiles/status-groups';
import { listDirectory } from '@/lib/profiles/queries';
import { listForReview, REVIEW_TABS } from '@/lib/profiles/review-queries';
import { facilityData, profileData } from '@/prisma/factories';
import { createUser, signInAs } from '../support/users';

// "Listed" is written three times (lib/profiles/listing.ts): a JavaScript check, a Prisma filter and the SQL of the
// directory's raw query. One profile for every status and every kind of expiry shows whether they agree.
const now = new Date();
const DAY = 24 * 60 * 60 * 1000;
const EXPIRIES = { past: new Date(now.getTime() - DAY), future: new Date(now.getTime() + 100 * DAY), none: null };
const profiles: { id: string; displayName: string; status: ProfileStatus; expiresAt: Date | null }[] = [];

beforeAll(async () => {
  const facility = await db.facility.create({ data: facilityData() });
  for (const status of PROFILE_STATUSES) {
    for (const [expiry, expiresAt] of Object.entries(EXPIRIES)) {
      profiles.push(
        await db.profile.create({
          data: profileData(facility, { status, expiresAt, displayName: `${status}, expiry ${expiry}` }, now),
        }),
      );
    }
  }
});

describe('listed', () => {
  it('means the same in JavaScript, in the Prisma filter and in the directory SQL, for every status and expiry', async () => {
    const byWhere = new Set(
      (await db.profile.findMany({ where: listedWhere(now), select: { id: true } })).map((row) => row.id),
    );
    const bySql = new Set(
      (await db.$queryRaw<{ id: string }[]>`SELECT p."id" FROM "Profile" p WHERE ${listedSql(now)}`).map(
        (row) => row.id,
      ),
    );
    const inDirectory = new Set((await listDirectory(parseDirectoryParams({}), now)).profiles.map((card) => card.id));
    for (const profile of profiles) {
      const listed = isListed(profile, now);
      expect({
        profile: profile.displayName,
        where: byWhere.has(profile.id),
        sql: bySql.has(profile.id),
        directory: inDirectory.has(profile.id),
      }).toEqual({ profile: profile.displayName, where: listed, sql: listed, directory: listed });
    }
    expect(profiles.filter((profile) => isListed(profile, now)).map((profile) => profile.displayName)).toEqual([
      'published, expiry future',
    ]);
  });

  it('puts every profile in exactly one of the waiting, listed and unlisted queues', async () => {
    await signInAs(await createUser('moderator'));
    const queues = Object.fromEntries(
      await Promise.all(
        REVIEW_TABS.map(
          async (tab) => [tab, new Set((await listForReview(tab, '', 1, now)).profiles.map((row) => row.id))] as const,
        ),
      ),
    );
    for (const profile of profiles) {
      const holding = (['pending', 'listed', 'unlisted'] as const).filter((tab) => queues[tab]!.has(profile.id));
      const expected = AWAITING_REVIEW.includes(profile.status)
        ? 'pending'
        : isListed(profile, now)
          ? 'listed'
          : 'unlisted';
      expect({ profile: profile.displayName, queues: holding }).toEqual({
        profile: profile.displayName,
        queues: [expected],
      });
    }
    expect([queues.pending!.size, queues.listed!.size, queues.unlisted!.size]).toEqual([6, 1, 14]);
  });
});
