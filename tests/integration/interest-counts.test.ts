import { beforeEach, describe, expect, it } from 'vitest';
import { invalidate } from '@/lib/cache/data-cache';
import { db } from '@/lib/db';
import { reviewProfile } from '@/lib/profiles/actions/review';
import { interestCounts } from '@/lib/profiles/interest-counts';
import { facilityData, profileData } from '@/prisma/factories';
import { formData } from '../support/form';
import { createUser, signInAs } from '../support/users';

// The directory's interest chips: how many listed profiles name each interest, shared from cache until the directory
// changes.

const DAY = 24 * 60 * 60 * 1000;
let facility: { id: string; state: string };
const create = (interestList: string[], overrides: Parameters<typeof profileData>[1] = {}) =>
  db.profile.create({ data: profileData(facility, { interestList, ...overrides }) });

beforeEach(async () => {
  await db.profile.deleteMany();
  await invalidate('directory');
  facility = await db.facility.create({ data: facilityData({ state: 'OR' }) });
});

describe('interestCounts', () => {
  it('counts listed profiles only, the most common first and ties in alphabetical order', async () => {
    await create(['chess', 'poetry', 'art']);
    await create(['chess', 'poetry']);
    await create(['chess', 'gardening']);
    // Not listed, whatever their interests.
    await create(['gardening'], { status: 'pending', listedAt: null });
    await create(['gardening'], { status: 'taken_down' });
    await create(['gardening'], { expiresAt: new Date(Date.now() - DAY) });
    // Seeking and language tags are not interests.
    await create([], { seekingList: ['friendship'], languageList: ['spanish'] });

    expect(await interestCounts()).toEqual([
      { interest: 'chess', count: 3 },
      { interest: 'poetry', count: 2 },
      { interest: 'art', count: 1 },
      { interest: 'gardening', count: 1 },
    ]);
  });

  it('is an empty list when no one is listed', async () => {
    await create(['chess'], { status: 'pending', listedAt: null });
    expect(await interestCounts()).toEqual([]);
  });

  it('is read from cache until a listing changes, then counted again', async () => {
    await create(['chess']);
    const pending = await create(['chess', 'poetry'], { status: 'pending', listedAt: null });
    expect(await interestCounts()).toEqual([{ interest: 'chess', count: 1 }]);

    // Written behind the cache's back: the cached counts stand.
    await create(['art']);
    expect(await interestCounts()).toEqual([{ interest: 'chess', count: 1 }]);

    // Approving a profile invalidates the directory's tag, and the counts with it.
    await signInAs(await createUser('moderator'));
    const approved = await reviewProfile(
      { ok: false },
      formData({ profileId: pending.id, seenStatus: 'pending', op: 'approve' }),
    );
    expect(approved.ok).toBe(true);
    expect(await interestCounts()).toEqual([
      { interest: 'chess', count: 2 },
      { interest: 'art', count: 1 },
      { interest: 'poetry', count: 1 },
    ]);
  });
});
