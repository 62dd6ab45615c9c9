import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listApprovedComments } from '@/lib/comments/queries';
import { newChangesLink, profileForChanges } from '@/lib/profiles/changes-link';
import { parseDirectoryParams } from '@/lib/profiles/directory-params';
import { directoryPage, getPublicProfile } from '@/lib/profiles/queries';
import { commentData, facilityData, profileData } from '@/prisma/factories';

// What the public pages are handed: only what they show. Whatever a page does with it, what it is not given cannot end
// up in its HTML or in the data Next sends to the browser.

const PROFILE_PAGE_FIELDS = [
  'bio',
  'birthDate',
  'consentConfirmedAt',
  'displayName',
  'expiresAt',
  'facility',
  'gender',
  'housingUnit',
  'id',
  'inmateNumber',
  'interests',
  'languages',
  'legalName',
  'lettersPausedAt',
  'listedAt',
  'offense',
  'photoPath',
  'raceEthnicity',
  'releaseDate',
  'seeking',
  'slug',
  'state',
  'verifiedAt',
];

async function listedProfile() {
  const facility = await db.facility.create({ data: facilityData() });
  return db.profile.create({
    data: {
      ...profileData(facility, { submitterEmail: 'submitter@example.org', submitterName: 'Sam Submitter' }),
      statusReason: 'Checked with the facility by phone.',
      changesTokenHash: `a-token-hash-${crypto.randomUUID()}`,
      lettersPausedReason: 'Letter returned: moved',
    },
  });
}

describe('the public profile page’s read', () => {
  it('hands the page the fields it shows and nothing of the submitter, the review or the private link', async () => {
    const profile = await listedProfile();
    const found = await getPublicProfile(profile.slug);
    expect(found.availability).toBe('listed');
    const shown = found.availability === 'listed' ? found.profile : null;
    expect(Object.keys(shown!).sort()).toEqual(PROFILE_PAGE_FIELDS);
    const text = JSON.stringify(found);
    for (const secret of [
      'submitter@example.org',
      'Sam Submitter',
      'Checked with the facility',
      'a-token-hash',
      'Letter returned',
    ])
      expect(text).not.toContain(secret);
    expect(Object.keys(shown!.facility)).not.toContain('id');
    expect(Object.keys(shown!.facility)).not.toContain('reviewedAt');
  });

  it('hands an unlisted profile’s page its availability alone, naming no one', async () => {
    const profile = await listedProfile();
    await db.profile.update({ where: { id: profile.id }, data: { status: 'taken_down' } });
    expect(await getPublicProfile(profile.slug)).toEqual({ availability: 'gone' });
  });
});

describe('the correction page’s read, opened by the private link staff emailed the submitter', () => {
  it('hands the page the submission as the form shows it, and nothing of the listing, the letters or the review', async () => {
    const profile = await listedProfile();
    const link = newChangesLink(new Date());
    await db.profile.update({
      where: { id: profile.id },
      data: { status: 'changes_requested', statusReason: 'Please add the housing unit.', ...link.columns },
    });
    const found = await profileForChanges(link.url.split('/').at(-1)!);
    expect(Object.keys(found!).sort()).toEqual(
      [
        'bio',
        'birthDate',
        'displayName',
        'facility',
        'facilityId',
        'gender',
        'housingUnit',
        'id',
        'inmateNumber',
        'interests',
        'languages',
        'legalName',
        'offense',
        'photoPath',
        'raceEthnicity',
        'reference',
        'releaseDate',
        'seeking',
        'slug',
        'statusReason',
        'submitterEmail',
        'submitterName',
        'submitterRelationship',
      ].sort(),
    );
    expect(Object.keys(found!.facility).sort()).toEqual(
      [
        'addressLines',
        'mailScanned',
        'messagingVendor',
        'name',
        'photoRules',
        'reviewedAt',
        'scanAddressLines',
        'state',
      ].sort(),
    );
    expect(JSON.stringify(found)).not.toContain('Letter returned');
  });
});

describe('the directory’s read', () => {
  it('hands each card the fields a card shows', async () => {
    const profile = await listedProfile();
    const { profiles } = await directoryPage(parseDirectoryParams({}), new Date(), null);
    const card = profiles.find((row) => row.id === profile.id)!;
    expect(Object.keys(card).sort()).toEqual(
      ['birthDate', 'displayName', 'id', 'interests', 'photoPath', 'seeking', 'slug', 'state', 'verifiedAt'].sort(),
    );
  });
});

describe('an article’s comments', () => {
  it('carry no email address, no address hash and no browser key', async () => {
    await db.comment.create({
      data: commentData({ status: 'approved', authorEmail: 'reader@example.org', ipHash: 'ip', commenterKeyHash: 'k' }),
    });
    const [comment] = await listApprovedComments(commentData().articleSlug);
    expect(Object.keys(comment!).sort()).toEqual(
      ['authorName', 'authorUrl', 'body', 'createdAt', 'depth', 'id', 'isStaff', 'parentId', 'replies'].sort(),
    );
  });
});
