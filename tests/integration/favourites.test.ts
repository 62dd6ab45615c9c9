import { beforeEach, describe, expect, it } from 'vitest';
import FavouritesPage from '@/app/(account)/account/favourites/page';
import { db } from '@/lib/db';
import { setFavourite } from '@/lib/favourites/actions';
import { favouriteIdsOf, listFavourites } from '@/lib/favourites/queries';
import { facilityData, profileData } from '@/prisma/factories';
import { formData } from '../support/form';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';
import { redirectOf } from '../support/account-area';

const DAY = 24 * 60 * 60 * 1000;
type Profile = { id: string; displayName: string };

async function createProfile(overrides: Parameters<typeof profileData>[1] = {}): Promise<Profile> {
  const facility = await db.facility.create({ data: facilityData() });
  return db.profile.create({ data: profileData(facility, overrides), select: { id: true, displayName: true } });
}

const save = (profile: Profile, extra: Record<string, string> = {}) =>
  setFavourite({ ok: false }, formData({ profileId: profile.id, save: '1', ...extra }));
const unsave = (profile: Profile, extra: Record<string, string> = {}) =>
  setFavourite({ ok: false }, formData({ profileId: profile.id, save: '0', ...extra }));
const savedBy = async (user: { id: string }) =>
  (await db.favourite.findMany({ where: { userId: user.id }, select: { profileId: true } }))
    .map((row) => row.profileId)
    .sort();

beforeEach(async () => {
  await db.favourite.deleteMany();
});

describe('saving and unsaving', () => {
  it('saves a listed profile once, however often it is pressed, and unsaves it', async () => {
    const penPal = await createUser('penpal');
    const ana = await createProfile({ displayName: 'Ana S.' });
    await signInAs(penPal);
    expect(await save(ana)).toMatchObject({ ok: true });
    expect(await save(ana)).toMatchObject({ ok: true });
    expect(await savedBy(penPal)).toEqual([ana.id]);
    expect(request.revalidated).toContain('/account/favourites');
    // Written by the statement that checks the listing; read back as the date it was saved.
    expect(Math.abs((await listFavourites(penPal))[0]!.savedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await unsave(ana)).toMatchObject({ ok: true });
    expect(await unsave(ana)).toMatchObject({ ok: true });
    expect(await savedBy(penPal)).toEqual([]);
  });

  it('refuses to newly save a profile that is not listed, but lets one saved earlier be unsaved', async () => {
    const penPal = await createUser('penpal');
    const released = await createProfile({ status: 'released' });
    const expired = await createProfile({ expiresAt: new Date(Date.now() - DAY) });
    const pending = await createProfile({ status: 'pending', listedAt: null, verifiedAt: null, expiresAt: null });
    await signInAs(penPal);
    for (const profile of [released, expired, pending, { id: 'no-such-profile', displayName: '' }]) {
      expect(await save(profile)).toMatchObject({ ok: false, message: expect.stringMatching(/no longer listed/) });
    }
    expect(await savedBy(penPal)).toEqual([]);

    const listedThen = await createProfile();
    await save(listedThen);
    await db.profile.update({ where: { id: listedThen.id }, data: { status: 'taken_down' } });
    expect(await save(listedThen)).toMatchObject({ ok: true });
    expect(await unsave(listedThen)).toMatchObject({ ok: true });
    expect(await savedBy(penPal)).toEqual([]);
  });

  it("touches only the caller's own list", async () => {
    const [mine, theirs] = [await createUser('penpal'), await createUser('penpal')];
    const ana = await createProfile();
    await signInAs(theirs);
    await save(ana);
    await signInAs(mine);
    await unsave(ana);
    expect(await savedBy(theirs)).toEqual([ana.id]);
    await save(ana);
    expect(await savedBy(mine)).toEqual([ana.id]);
    expect(await db.favourite.count()).toBe(2);
  });

  it('sends a browser without JavaScript back to the card it came from, and only to a page of this site', async () => {
    await signInAs(await createUser('penpal'));
    const ana = await createProfile();
    expect(await redirectOf(save(ana, { returnTo: '/profiles?interests=chess&page=2#profile-ana' }))).toBe(
      '/profiles?interests=chess&page=2#profile-ana',
    );
    expect(await redirectOf(unsave(ana, { returnTo: '/account/favourites#saved' }))).toBe('/account/favourites#saved');
    expect(await save(ana, { returnTo: 'https://evil.example/profiles' })).toMatchObject({ ok: true });
  });

  it('is for pen pals: staff accounts have no list', async () => {
    const moderator = await createUser('moderator');
    await signInAs(moderator);
    expect(await save(await createProfile())).toMatchObject({
      ok: false,
      message: expect.stringMatching(/permission/),
    });
    expect(await savedBy(moderator)).toEqual([]);
  });
});

describe('reading favourites', () => {
  it("marks a page's cards with one query over the caller's own favourites", async () => {
    const [mine, theirs] = [await createUser('penpal'), await createUser('penpal')];
    const [a, b, c] = [await createProfile(), await createProfile(), await createProfile()];
    await db.favourite.createMany({
      data: [
        { userId: mine.id, profileId: a.id },
        { userId: mine.id, profileId: c.id },
        { userId: theirs.id, profileId: b.id },
      ],
    });
    expect([...(await favouriteIdsOf(mine, [a.id, b.id]))]).toEqual([a.id]);
    expect([...(await favouriteIdsOf(theirs, [a.id, b.id, c.id]))]).toEqual([b.id]);
    expect((await favouriteIdsOf(mine, [])).size).toBe(0);
  });

  it('lists them newest saved first, unlisted ones with why and nothing more', async () => {
    const penPal = await createUser('penpal');
    const kinds = {
      listed: await createProfile({ displayName: 'Listed L.' }),
      released: await createProfile({
        displayName: 'Released R.',
        status: 'released',
        statusReason: 'Paroled to Ohio',
      }),
      transferred: await createProfile({ displayName: 'Moved M.', status: 'transferred' }),
      expired: await createProfile({ displayName: 'Expired E.', expiresAt: new Date(Date.now() - DAY) }),
      takenDown: await createProfile({
        displayName: 'Taken T.',
        status: 'taken_down',
        statusReason: 'Victim family request',
      }),
    };
    const start = Date.now() - 10 * DAY;
    await db.favourite.createMany({
      data: Object.values(kinds).map((profile, i) => ({
        userId: penPal.id,
        profileId: profile.id,
        createdAt: new Date(start + i * DAY),
      })),
    });
    await db.favourite.create({ data: { userId: (await createUser('penpal')).id, profileId: kinds.listed.id } });

    const list = await listFavourites(penPal);
    expect(list.map((saved) => [saved.displayName, saved.unlisted])).toEqual([
      ['Taken T.', 'No longer listed'],
      ['Expired E.', 'Listing expired'],
      ['Moved M.', 'Transferred'],
      ['Released R.', 'Released'],
      ['Listed L.', null],
    ]);
    expect(list.at(-1)!.listed).toMatchObject({ slug: expect.any(String), state: 'OR' });
    // An unlisted profile gives no way to its page and nothing of why beyond the word: not the staff's reason.
    for (const saved of list.slice(0, 4)) expect(saved.listed).toBeNull();
    expect(JSON.stringify(list)).not.toMatch(/Paroled|Victim/);
  });
});

describe('the saved profiles page', () => {
  it('sends someone signed out to sign in and back, and is not there for staff', async () => {
    expect(await redirectOf(FavouritesPage())).toBe('/signin?next=%2Faccount%2Ffavourites');
    await signInAs(await createUser('moderator'));
    await expect(FavouritesPage()).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/),
    });
    await signInAs(await createUser('penpal'));
    await expect(FavouritesPage()).resolves.toBeTruthy();
  });
});
