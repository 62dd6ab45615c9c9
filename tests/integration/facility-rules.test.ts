import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { editFacility } from '@/lib/profiles/actions/review';
import { facilityData } from '@/prisma/factories';
import { formData } from '../support/form';
import { createUser, signInAs } from '../support/users';

const FIELDS = {
  facilityName: 'Cedar Creek Correctional',
  facilityState: 'OR',
  facilityAddress: 'PO Box 100\nSalem, OR 97300',
};

describe('staff record a facility’s mail rules', () => {
  it('saves them, audited, and clears them again', async () => {
    const facility = await db.facility.create({ data: facilityData() });
    await signInAs(await createUser('moderator'));
    const state = await editFacility(
      { ok: false },
      formData({
        facilityId: facility.id,
        ...FIELDS,
        facilityPostcardsOnly: 'on',
        facilityMaxPages: '4',
        facilityNoGreetingCards: 'on',
        facilityNoPhotos: 'on',
        facilityRulesCheckedAt: '2026-05-04',
        facilityRulesSource: 'https://doc.example.gov/mail-rules',
      }),
    );
    expect(state.ok).toBe(true);
    expect(await db.facility.findUniqueOrThrow({ where: { id: facility.id } })).toMatchObject({
      postcardsOnly: true,
      maxPages: 4,
      noGreetingCards: true,
      photosAccepted: false,
      rulesCheckedAt: new Date('2026-05-04T00:00:00Z'),
      rulesSource: 'https://doc.example.gov/mail-rules',
    });
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'facility.edit', targetId: facility.id } });
    expect(JSON.parse(audit.detail).changed).toEqual(
      expect.arrayContaining(['postcardsOnly', 'maxPages', 'noGreetingCards', 'photosAccepted', 'rulesSource']),
    );

    expect((await editFacility({ ok: false }, formData({ facilityId: facility.id, ...FIELDS }))).ok).toBe(true);
    expect(await db.facility.findUniqueOrThrow({ where: { id: facility.id } })).toMatchObject({
      postcardsOnly: false,
      maxPages: null,
      noGreetingCards: false,
      photosAccepted: true,
      rulesCheckedAt: null,
      rulesSource: '',
    });
  });

  it('refuses bad values with every error at once, keeping what was typed and changing nothing', async () => {
    const facility = await db.facility.create({ data: facilityData({ maxPages: 3 }) });
    await signInAs(await createUser('admin'));
    const state = await editFacility(
      { ok: false },
      formData({
        facilityId: facility.id,
        ...FIELDS,
        facilityMaxPages: 'ten',
        facilityRulesSource: 'not a link',
        facilityPostcardsOnly: 'on',
      }),
    );
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['facilityMaxPages', 'facilityRulesSource']);
    expect(state.values).toMatchObject({ facilityMaxPages: 'ten', facilityPostcardsOnly: 'on' });
    expect(await db.facility.findUniqueOrThrow({ where: { id: facility.id } })).toMatchObject({
      maxPages: 3,
      postcardsOnly: false,
    });
  });
});
