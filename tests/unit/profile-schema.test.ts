import { describe, expect, it } from 'vitest';
import { newFacilitySchema, profileColumns, profileFieldsSchema } from '@/lib/profiles/schema';

const valid = {
  displayName: 'Dana W.',
  legalName: 'Dana Whitcomb',
  inmateNumber: '48213',
  facilityId: 'fac-01',
  birthDate: '1988-03-14',
  gender: 'woman',
  offense: 'Burglary',
  bio: 'Reading group on Thursdays, portraits in pencil, and a long list of questions about your town.',
  interests: 'drawing',
  seeking: ['friendship', 'mentorship'],
  languages: 'english',
};

describe('profileFieldsSchema', () => {
  it('turns single and repeated checkbox values into lists and empty optional fields into null', () => {
    const parsed = profileFieldsSchema.parse({ ...valid, housingUnit: '', releaseDate: '' });
    expect(parsed).toMatchObject({
      interests: ['drawing'],
      seeking: ['friendship', 'mentorship'],
      housingUnit: null,
      releaseDate: null,
    });
    expect(parsed.birthDate.toISOString()).toBe('1988-03-14T00:00:00.000Z');
  });

  it('refuses minors, unknown vocabulary and a bio outside 50 to 2,000 characters', () => {
    const errors = (input: Record<string, unknown>) =>
      Object.keys(profileFieldsSchema.safeParse({ ...valid, ...input }).error?.flatten().fieldErrors ?? {});
    expect(errors({ birthDate: `${new Date().getUTCFullYear() - 17}-01-01` })).toEqual(['birthDate']);
    expect(errors({ birthDate: '1988-02-31x' })).toEqual(['birthDate']);
    // An empty date gets one plain message, not a format lecture as well.
    expect(profileFieldsSchema.safeParse({ ...valid, birthDate: '' }).error?.flatten().fieldErrors.birthDate).toEqual([
      'Please enter the date of birth.',
    ]);
    expect(errors({ interests: ['drawing', 'base-jumping'] })).toEqual(['interests']);
    expect(errors({ seeking: undefined })).toEqual(['seeking']);
    expect(errors({ bio: 'Too short' })).toEqual(['bio']);
    expect(errors({ bio: 'x'.repeat(2001) })).toEqual(['bio']);
  });

  it('takes up to five of their own interests, as tags beside the curated ones', () => {
    const parsed = profileFieldsSchema.parse({ ...valid, ownInterests: 'Beekeeping, Tai Chi , drawing,' });
    expect(parsed.ownInterests).toEqual(['beekeeping', 'tai-chi', 'drawing']);
    const { data, tags } = profileColumns(parsed);
    expect(data.interests).toBe('drawing,beekeeping,tai-chi');
    expect(tags.filter((tag) => tag.kind === 'interest').map((tag) => tag.value)).toEqual([
      'drawing',
      'beekeeping',
      'tai-chi',
    ]);
    expect(profileFieldsSchema.safeParse({ ...valid, ownInterests: 'a, b, c, d, e, f' }).success).toBe(false);
  });
});

describe('newFacilitySchema', () => {
  it('needs a two-line address and a real state', () => {
    const result = newFacilitySchema.safeParse({
      facilityName: 'Cedar Hollow',
      facilityState: 'XX',
      facilityAddress: 'PO Box 7',
    });
    expect(Object.keys(result.error!.flatten().fieldErrors).sort()).toEqual(['facilityAddress', 'facilityState']);
    expect(
      newFacilitySchema.parse({
        facilityName: 'Cedar Hollow',
        facilityState: 'ID',
        facilityAddress: 'PO Box 7\nCedar Hollow, ID 83200',
      }),
    ).toMatchObject({ facilityVendor: 'none', facilityMailScanned: false });
  });
});
