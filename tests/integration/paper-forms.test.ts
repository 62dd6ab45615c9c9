import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/errors';
import { db } from '@/lib/db';
import { startWritingAgain } from '@/lib/letters/actions/threads';
import { readOutbox } from '@/lib/mail/send';
import { getPublicProfile } from '@/lib/profiles/queries';
import { confirmConsent, stopThreadOnRequest } from '@/lib/paper-forms/actions';
import { profileIdByReference, threadByReplyCode } from '@/lib/paper-forms/queries';
import { normaliseReference } from '@/lib/paper-forms/requests';
import { facilityData, letterData, profileData, threadData } from '@/prisma/factories';
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
    const cachedBefore = await getPublicProfile(listed.slug);
    expect(cachedBefore.availability === 'listed' && cachedBefore.profile.consentConfirmedAt).toBeNull();
    expect(await confirmConsent({ ok: false }, formData({ profileId: listed.id }))).toMatchObject({ ok: true });
    const after = await db.profile.findUniqueOrThrow({ where: { id: listed.id } });
    expect(after.consentConfirmedAt!.getTime()).toBeGreaterThan(Date.now() - 5000);
    // The public page, served from the data cache, shows the new date on the next read.
    const shown = await getPublicProfile(listed.slug);
    expect(shown.availability === 'listed' && shown.profile.consentConfirmedAt).toEqual(after.consentConfirmedAt);
    expect(await db.auditEntry.findFirstOrThrow({ where: { action: 'profile.consent' } })).toMatchObject({
      actorId: moderator.id,
      targetId: listed.id,
    });
    expect(await confirmConsent({ ok: false }, formData({ profileId: 'nobody' }))).toMatchObject({ ok: false });
  });

  it('stop a pen pal when the person inside asks: no closing letter, the pen pal told and unable to restart', async () => {
    const listed = await db.profile.findFirstOrThrow({ where: { reference: 'BB-7K2M9QXD' } });
    const penPal = await createUser('penpal');
    const thread = await db.thread.create({ data: threadData(penPal.id, listed.id) });
    await db.letter.create({ data: letterData(thread.id, { status: 'posted', submittedAt: new Date() }) });
    await signInAs(await createUser('moderator'));
    const found = await threadByReplyCode(thread.replyCode.toLowerCase().replace('-', ' '));
    expect(found).toMatchObject({ id: thread.id, user: { name: penPal.name }, profile: { id: listed.id } });
    expect(await threadByReplyCode('0000-0000')).toBeNull();

    expect(await stopThreadOnRequest({ ok: false }, formData({ threadId: thread.id }))).toMatchObject({ ok: true });
    expect(await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).toMatchObject({
      stopReason: 'person-asked',
    });
    expect(await db.letter.count({ where: { threadId: thread.id, kind: 'closing' } })).toBe(0);
    const mail = (await readOutbox()).at(-1)!;
    expect(mail).toMatchObject({ to: penPal.email, subject: 'A change to one of your pen pal conversations' });
    expect(mail.text).toContain('has written to us asking for the letters to stop');
    expect(
      await db.auditEntry.findFirstOrThrow({ where: { action: 'thread.stop', targetId: thread.id } }),
    ).toBeTruthy();
    expect(await stopThreadOnRequest({ ok: false }, formData({ threadId: thread.id }))).toMatchObject({ ok: false });

    await signInAs(penPal);
    expect(await startWritingAgain({ ok: false }, formData({ threadId: thread.id }))).toMatchObject({ ok: false });
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).stoppedAt).not.toBeNull();
  });
});
