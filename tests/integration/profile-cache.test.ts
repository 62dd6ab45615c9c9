import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheLoads } from '@/lib/cache/data-cache';
import { db } from '@/lib/db';
import { editFacility, reviewProfile } from '@/lib/profiles/actions/review';
import { parseDirectoryParams } from '@/lib/profiles/directory-params';
import {
  directoryPage,
  directoryVersion,
  getPublicProfile,
  profileAvailability,
  profileRoute,
} from '@/lib/profiles/queries';
import { sharedDirectoryKey } from '@/lib/profiles/shared-pages';
import { sharedCopyOf } from '@/lib/profiles/shared-route';
import { SESSION_COOKIE } from '@/lib/auth/options';
import { facilityData, profileData } from '@/prisma/factories';
import { formData } from '../support/form';
import { createUser, signInAs } from '../support/users';

// The shared data cache behind the directory and the profile pages: served from memory between changes, invalidated by
// the actions that change what a visitor sees, and never older than a listing's expiry allows.

const initial = { ok: false };
const everyone = () => parseDirectoryParams({});
const slugsIn = async (now = new Date()) =>
  (await directoryPage(everyone(), now, null)).profiles.map((profile) => profile.slug);

async function review(profileId: string, op: string, reason?: string) {
  const { status } = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
  // Steps that ask first (taking down) are answered as a moderator who confirmed them.
  return reviewProfile(
    initial,
    formData({ profileId, seenStatus: status, op, confirmed: 'yes', ...(reason && { reason }) }),
  );
}

let facility: { id: string; state: string };

beforeEach(async () => {
  await db.profile.deleteMany();
  facility = await db.facility.create({ data: facilityData({ state: 'OR' }) });
  await signInAs(await createUser('moderator'));
});

afterEach(() => vi.useRealTimers());

describe('the directory and profile pages from cache', () => {
  it('serves a second read from memory, without the database', async () => {
    const profile = await db.profile.create({ data: profileData(facility) });
    expect(await slugsIn()).toEqual([profile.slug]);
    expect(await profileAvailability(profile.slug)).toBe('listed');
    const loads = cacheLoads();
    // Written behind the cache's back: what was read stays what is served until an action says otherwise.
    await db.profile.update({ where: { id: profile.id }, data: { displayName: 'Changed Quietly' } });
    expect(await slugsIn()).toEqual([profile.slug]);
    const found = await getPublicProfile(profile.slug);
    expect(found.availability === 'listed' && found.profile.displayName).toBe(profile.displayName);
    expect(cacheLoads() - loads).toBe(1); // the facility, read for the first time
  });

  it('lists an approved profile on the very next read', async () => {
    const profile = await db.profile.create({ data: profileData(facility, { status: 'pending', listedAt: null }) });
    expect(await slugsIn()).toEqual([]);
    expect(await profileAvailability(profile.slug)).toBe('missing');

    expect((await review(profile.id, 'approve')).ok).toBe(true);

    expect(await slugsIn()).toEqual([profile.slug]);
    expect(await profileAvailability(profile.slug)).toBe('listed');
    expect((await getPublicProfile(profile.slug)).availability).toBe('listed');
  });

  it('answers gone for a taken-down profile on the very next read, and drops it from the directory', async () => {
    const profile = await db.profile.create({ data: profileData(facility) });
    expect(await slugsIn()).toEqual([profile.slug]);
    expect(await profileAvailability(profile.slug)).toBe('listed');

    expect((await review(profile.id, 'take_down', 'Asked to be removed.')).ok).toBe(true);

    expect(await profileAvailability(profile.slug)).toBe('gone');
    expect((await getPublicProfile(profile.slug)).availability).toBe('gone');
    expect(await slugsIn()).toEqual([]);
  });

  it('shows a facility correction on the profile page at once', async () => {
    const profile = await db.profile.create({ data: profileData(facility) });
    const before = await getPublicProfile(profile.slug);
    expect(before.availability === 'listed' && before.profile.facility.notes).toBe('');
    const state = await editFacility(
      initial,
      formData({
        facilityId: facility.id,
        facilityName: 'Pine Ridge Correctional',
        facilityState: 'OR',
        facilityAddress: 'PO Box 9\nPine Ridge, OR 97000',
        facilityVendor: 'none',
        facilityNotes: 'Letters on white paper only.',
      }),
    );
    expect(state).toMatchObject({ ok: true });
    const after = await getPublicProfile(profile.slug);
    expect(after.availability === 'listed' && after.profile.facility.notes).toBe('Letters on white paper only.');
  });

  it('drops an expiring listing: the profile page at its expiry, the directory within a minute', async () => {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + 5_000);
    const profile = await db.profile.create({ data: profileData(facility, { expiresAt }, now) });
    expect(await slugsIn(now)).toEqual([profile.slug]);
    expect(await profileAvailability(profile.slug, now)).toBe('listed');

    vi.useFakeTimers({ toFake: ['Date'], now: expiresAt.getTime() + 1 });
    const later = new Date();
    // No action ran: the cached row's expiry is checked on every read.
    expect(await profileAvailability(profile.slug, later)).toBe('gone');
    expect((await getPublicProfile(profile.slug, later)).availability).toBe('gone');

    // Shared directory pages may be up to DIRECTORY_TTL_MS old: still listed a moment later, gone within a minute.
    expect(await slugsIn(later)).toEqual([profile.slug]);
    vi.setSystemTime(expiresAt.getTime() + 60_000);
    expect(await slugsIn(new Date())).toEqual([]);
  });

  it('never caches a pen pal’s best match: the ranking is theirs, and visitors get the shared order', async () => {
    const older = await db.profile.create({
      data: profileData(facility, { interestList: ['chess'], listedAt: new Date(Date.now() - 30 * 86_400_000) }),
    });
    const newer = await db.profile.create({
      data: profileData(facility, { interestList: ['gardening'], listedAt: new Date(Date.now() - 86_400_000) }),
    });
    const match = { interests: ['chess'], languages: [], offers: [] };
    const ranked = await directoryPage(parseDirectoryParams({}, { bestMatch: true }), new Date(), match);
    expect(ranked.profiles.map((p) => p.slug)).toEqual([older.slug, newer.slug]);
    const loads = cacheLoads();
    await directoryPage(parseDirectoryParams({}, { bestMatch: true }), new Date(), match);
    expect(cacheLoads()).toBe(loads);
    const gardener = { interests: ['gardening'], languages: [], offers: [] };
    const theirs = await directoryPage(parseDirectoryParams({}, { bestMatch: true }), new Date(), gardener);
    expect(theirs.profiles.map((p) => p.slug)).toEqual([newer.slug, older.slug]);
    const visitor = await directoryPage(parseDirectoryParams({}), new Date(), null);
    expect(visitor.profiles.map((p) => p.slug)).toEqual([newer.slug, older.slug]);
  });

  it('moves visitors to a new shared copy when the directory, a profile or its facility changes, or a listing runs out', async () => {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + 5_000);
    const profile = await db.profile.create({ data: profileData(facility, { expiresAt }, now) });
    const directory = await directoryVersion(now);
    const route = await profileRoute(profile.slug, now);
    expect(route.availability).toBe('listed');
    expect(await directoryVersion(now)).toBe(directory);
    expect((await profileRoute(profile.slug, now)).version).toBe(route.version);

    expect((await review(profile.id, 'verify')).ok).toBe(true);
    const verified = await profileRoute(profile.slug, now);
    expect(verified.version).not.toBe(route.version);
    expect(await directoryVersion(now)).not.toBe(directory);

    const afterVerify = await directoryVersion(now);
    vi.useFakeTimers({ toFake: ['Date'], now: expiresAt.getTime() + 60_000 });
    // Nothing was done: the listing ran out, and the copy made before it is left behind.
    expect(await directoryVersion(new Date())).not.toBe(afterVerify);
    expect((await profileRoute(profile.slug, new Date())).availability).toBe('gone');
  });

  it('sends a visitor to the shared copies, and a signed-in browser, a search or a profile not listed to the page', async () => {
    const profile = await db.profile.create({ data: profileData(facility, {}, new Date()) });
    expect(await sharedCopyOf('/profiles', 'state=OR&page=1', 'theme=dark')).toEqual({
      version: await directoryVersion(),
      key: sharedDirectoryKey(new URLSearchParams('state=OR')),
    });
    expect(await sharedCopyOf('/profiles', '', undefined)).toMatchObject({ key: 'all' });
    expect(await sharedCopyOf(`/profiles/${profile.slug}`, '', undefined)).toEqual({
      version: (await profileRoute(profile.slug)).version,
      key: profile.slug,
    });
    const signedIn = `theme=dark; ${SESSION_COOKIE}=anything`;
    expect(await sharedCopyOf('/profiles', 'state=OR', signedIn)).toBeNull();
    expect(await sharedCopyOf(`/profiles/${profile.slug}`, '', signedIn)).toBeNull();
    expect(await sharedCopyOf('/profiles', 'q=chess', undefined)).toBeNull();
    expect(await sharedCopyOf('/profiles', 'page=21', undefined)).toBeNull();
    expect(await sharedCopyOf('/profiles/no-such-person', '', undefined)).toBeNull();
    expect((await review(profile.id, 'take_down', 'Asked to be removed.')).ok).toBe(true);
    expect(await sharedCopyOf(`/profiles/${profile.slug}`, '', undefined)).toBeNull();
  });
});
