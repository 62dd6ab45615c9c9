import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { DIRECTORY_PAGE_SIZE, parseDirectoryParams } from '@/lib/profiles/directory-params';
import { listDirectory } from '@/lib/profiles/queries';
import { facilityData, profileData } from '@/prisma/factories';

const now = new Date();
const DAY = 24 * 60 * 60 * 1000;
const names = async (params: Record<string, string | string[]> = {}) =>
  (await listDirectory(parseDirectoryParams(params), now)).profiles.map((p) => p.displayName).sort();

beforeAll(async () => {
  const oregon = await db.facility.create({ data: facilityData({ state: 'OR' }) });
  const texas = await db.facility.create({ data: facilityData({ state: 'TX' }) });
  const create = (facility: typeof oregon, overrides: Parameters<typeof profileData>[1]) =>
    db.profile.create({ data: profileData(facility, overrides, now) });
  await create(oregon, {
    displayName: 'Ana C.',
    gender: 'woman',
    interestList: ['chess', 'poetry'],
    bio: 'Plays chess by mail and writes sonnets.',
    photoPath: '/demo/portraits/1.svg',
  });
  await create(texas, {
    displayName: 'Ben D.',
    interestList: ['guitar'],
    seekingList: ['mentorship'],
    languageList: ['english', 'spanish'],
    bio: 'Learning flamenco guitar.',
    releaseDate: new Date(now.getTime() + 200 * DAY),
  });
  await create(texas, {
    displayName: 'Cal E.',
    interestList: ['gardening'],
    birthDate: new Date(now.getTime() - 60 * 365.25 * DAY),
    listedAt: new Date(now.getTime() - 5 * DAY),
    bio: 'Keeps the prison garden.',
  });
  // Never listed, whatever the filters.
  await create(oregon, { displayName: 'Pending P.', status: 'pending', interestList: ['chess'], bio: 'chess' });
  await create(oregon, {
    displayName: 'Expired X.',
    expiresAt: new Date(now.getTime() - DAY),
    interestList: ['chess'],
    bio: 'chess',
  });
  await create(oregon, { displayName: 'Released R.', status: 'released', interestList: ['chess'], bio: 'chess' });
  await create(oregon, { displayName: 'Taken T.', status: 'taken_down', interestList: ['chess'], bio: 'chess' });
});

describe('listDirectory', () => {
  it('lists only published, unexpired profiles', async () => {
    expect(await names()).toEqual(['Ana C.', 'Ben D.', 'Cal E.']);
    expect(await names({ interests: 'chess' })).toEqual(['Ana C.']);
    expect(await names({ q: 'chess' })).toEqual(['Ana C.']);
  });

  it('filters by gender, state, age, seeking, language, release, photo and newness', async () => {
    expect(await names({ gender: 'woman' })).toEqual(['Ana C.']);
    expect(await names({ state: 'TX' })).toEqual(['Ben D.', 'Cal E.']);
    expect(await names({ ageMin: '50' })).toEqual(['Cal E.']);
    expect(await names({ ageMax: '40' })).toEqual(['Ana C.', 'Ben D.']);
    expect(await names({ seeking: 'mentorship' })).toEqual(['Ben D.']);
    expect(await names({ language: 'spanish' })).toEqual(['Ben D.']);
    expect(await names({ release: 'within-1' })).toEqual(['Ben D.']);
    expect(await names({ release: 'none' })).toEqual(['Ana C.', 'Cal E.']);
    expect(await names({ photo: '1' })).toEqual(['Ana C.']);
    expect(await names({ recent: '1' })).toEqual(['Cal E.']);
  });

  it('matches any of several interests and combines filters', async () => {
    expect(await names({ interests: ['poetry', 'guitar'] })).toEqual(['Ana C.', 'Ben D.']);
    expect(await names({ interests: ['poetry', 'guitar'], state: 'TX' })).toEqual(['Ben D.']);
  });

  it('searches names, bios and interests, by word prefix', async () => {
    expect(await names({ q: 'guitar' })).toEqual(['Ben D.']);
    expect(await names({ q: 'garden' })).toEqual(['Cal E.']);
    expect(await names({ q: 'Ana' })).toEqual(['Ana C.']);
    expect(await names({ q: 'nobody-matches-this' })).toEqual([]);
  });

  it('sorts by newest, release date (unknown last) and counts the total', async () => {
    const byRelease = await listDirectory(parseDirectoryParams({ sort: 'release' }), now);
    expect(byRelease.profiles[0]!.displayName).toBe('Ben D.');
    const newest = await listDirectory(parseDirectoryParams({}), now);
    expect(newest.profiles[0]!.displayName).toBe('Cal E.');
    expect(newest.total).toBe(3);
  });

  it('sorts a release filter by release date too: only dated people for a window, only undated for none', async () => {
    const sorted = async (release: string) => {
      const page = await listDirectory(parseDirectoryParams({ sort: 'release', release }), now);
      return { total: page.total, names: page.profiles.map((profile) => profile.displayName) };
    };
    expect(await sorted('within-1')).toEqual({ total: 1, names: ['Ben D.'] });
    expect(await sorted('1-5')).toEqual({ total: 0, names: [] });
    expect(await sorted('none')).toEqual({ total: 2, names: ['Cal E.', 'Ana C.'] });
  });

  it('keeps the search index in step when a profile changes', async () => {
    const ana = await db.profile.findUniqueOrThrow({
      where: { slug: (await db.profile.findFirstOrThrow({ where: { displayName: 'Ana C.' } })).slug },
    });
    await db.profile.update({ where: { id: ana.id }, data: { bio: 'Now mostly knitting.' } });
    expect(await names({ q: 'knitting' })).toEqual(['Ana C.']);
    expect(await names({ q: 'sonnets' })).toEqual([]);
  });
});

describe('a search matching many people', () => {
  it('counts and pages every match, more than SQLite takes as bound parameters', async () => {
    const facility = await db.facility.create({ data: facilityData({ state: 'NV' }) });
    const many = Array.from({ length: 1_100 }, (_, i) => {
      const { tags: _tags, ...profile } = profileData(
        facility,
        { displayName: `Player ${i}`, bio: 'Plays backgammon by mail.' },
        now,
      );
      return profile;
    });
    await db.profile.createMany({ data: many });
    const result = await listDirectory(parseDirectoryParams({ q: 'backgammon', state: 'NV' }), now);
    expect(result.total).toBe(1_100);
    expect(result.profiles).toHaveLength(DIRECTORY_PAGE_SIZE);
  });
});
