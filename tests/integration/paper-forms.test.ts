import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/errors';
import { db } from '@/lib/db';
import { confirmConsent } from '@/lib/paper-forms/actions';
import { profileIdByReference } from '@/lib/paper-forms/queries';
import { normaliseReference } from '@/lib/paper-forms/requests';
import { facilityData, profileData } from '@/prisma/factories';
import { formData } from '../support/form';
import { createUser, signInAs } from '../support/users';

async function profile() {
  const facility = await db.facility.create({ data: facilityData() });
  return db.profile.create({ data: profileData(facility, { reference: 'BB-7K2M9QXD', consentConfirmedAt: null }) });
}

describe('paper forms', () => {
  it('find the profile by the reference however it was typed', async () => {
    const listed = await profile();
    await signInAs(await createUser('moderator'));
    for (const typed of ['BB-7K2M9QXD', 'bb-7k2m9qxd', ' 7K2M 9QXD ', 'bb7k2m9qxd'])
      expect(await profileIdByReference(typed)).toBe(listed.id);
    expect(await profileIdByReference('BB-7K2M9QXE')).toBeNull();
    expect(normaliseReference('7k2m9qxd')).toBe('BB-7K2M9QXD');

    await signInAs(await createUser('mailroom'));
    await expect(profileIdByReference('BB-7K2M9QXD')).rejects.toBeInstanceOf(AuthorizationError);
  });

  it('record a confirmed consent with its date, audited', async () => {
    const listed = await db.profile.findFirstOrThrow({ where: { reference: 'BB-7K2M9QXD' } });
    const moderator = await createUser('moderator');
    await signInAs(moderator);
    expect(await confirmConsent({ ok: false }, formData({ profileId: listed.id }))).toMatchObject({ ok: true });
    const after = await db.profile.findUniqueOrThrow({ where: { id: listed.id } });
    expect(after.consentConfirmedAt!.getTime()).toBeGreaterThan(Date.now() - 5000);
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: 'profile.consent' } })).toMatchObject({
      actorId: moderator.id,
      targetId: listed.id,
    });
    expect(await confirmConsent({ ok: false }, formData({ profileId: 'nobody' }))).toMatchObject({ ok: false });
  });
});
