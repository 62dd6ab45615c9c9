import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { readOutbox } from '@/lib/mail/send';
import { parseDirectoryParams } from '@/lib/profiles/directory-params';
import { listDirectory, profileAvailability } from '@/lib/profiles/queries';
import { editFacility, editProfile, reviewProfile } from '@/lib/profiles/actions/review';
import { interestBitsOf } from '@/lib/profiles/interest-bits';
import { listForReview, reviewTabCounts } from '@/lib/profiles/review-queries';
import { resetRateLimits } from '@/lib/rate-limit';
import { facilityData } from '@/prisma/factories';
import { clearAuditLog } from '../support/audit';
import { formData } from '../support/form';
import { photoFile, submit, validSubmission as submissionFields } from '../support/profile-submission';
import { createUser, signInAs } from '../support/users';

const initial = { ok: false };

/** A moderator's decision on the profile as it stands now (the form sends the status its page showed). */
async function review(profileId: string, op: string, reason?: string) {
  const { status } = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
  return reviewProfile(
    initial,
    formData({ profileId, seenStatus: status, op, confirmed: 'yes', ...(reason !== undefined && { reason }) }),
  );
}
const DAY = 24 * 60 * 60 * 1000;

let facilityId: string;

const validSubmission = (overrides: Record<string, string | string[] | undefined> = {}) =>
  submissionFields(facilityId, overrides);

beforeEach(async () => {
  await resetRateLimits();
  await clearAuditLog();
  await db.profile.deleteMany();
  facilityId = (await db.facility.create({ data: facilityData({ state: 'WA' }) })).id;
});

describe('submitProfile', () => {
  it('stores a pending profile with its photo and tags, and emails the submitter a reference', async () => {
    const state = await submit(validSubmission(), await photoFile());
    expect(state.ok).toBe(true);
    const reference = state.result!.reference;
    expect(reference).toMatch(/^BB-[A-Z2-9]{8}$/);

    const profile = await db.profile.findUniqueOrThrow({ where: { reference }, include: { tags: true } });
    expect(profile).toMatchObject({
      status: 'pending',
      state: 'WA',
      submitterEmail: 'ruth@example.org',
      consentGiven: true,
      interests: 'drawing,books,beekeeping,tai-chi',
    });
    expect(profile.photoPath).toMatch(/^\/photos\/[0-9a-f]{32}\.webp$/);
    expect(
      profile.tags
        .filter((t) => t.kind === 'language')
        .map((t) => t.value)
        .sort(),
    ).toEqual(['english', 'spanish']);

    const mail = (await readOutbox()).at(-1)!;
    expect(mail.to).toContain('ruth@example.org');
    expect(mail.text).toContain(reference);
    // Pending profiles are nowhere public.
    expect(await profileAvailability(profile.slug)).toBe('missing');
    expect((await listDirectory(parseDirectoryParams({}))).total).toBe(0);
  });

  it('reports every field error at once and keeps what was typed', async () => {
    const state = await submit(
      validSubmission({
        displayName: '',
        bio: 'Too short.',
        interests: undefined,
        consent: undefined,
        submitterEmail: 'nope',
        birthDate: '2015-01-01',
      }),
    );
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors!).sort()).toEqual([
      'bio',
      'birthDate',
      'consent',
      'displayName',
      'interests',
      'submitterEmail',
    ]);
    expect(state.values).toMatchObject({
      legalName: 'Dana Marie Whitcomb',
      bio: 'Too short.',
      languages: 'english,spanish',
      ownInterests: 'Beekeeping, tai chi',
    });
    expect(await db.profile.count()).toBe(0);
  });

  it('keeps a good photo through errors elsewhere, and asks again only for a bad one', async () => {
    const first = await submit(validSubmission({ bio: 'short' }), await photoFile('jpeg'));
    expect(first.fieldErrors?.photo).toBeUndefined();
    // The stored name, signed: see tests/integration/profile-submission.test.ts.
    const claim = first.values!.photoUpload!;
    expect(claim).toMatch(/^[0-9a-f]{32}\.webp\.\d+\.[\w-]{43}$/);

    const second = await submit(validSubmission({ photoUpload: claim }));
    expect(second.ok).toBe(true);
    expect((await db.profile.findFirstOrThrow()).photoPath).toBe(`/photos/${claim.slice(0, 37)}`);

    const text = new File(['not a picture'], 'photo.jpg', { type: 'image/jpeg' });
    const third = await submit(validSubmission(), text);
    expect(third).toMatchObject({
      ok: false,
      fieldErrors: { photo: ['The photo must be a JPEG, PNG or WebP image.'] },
    });
    expect(Object.keys(third.fieldErrors!)).toEqual(['photo']);
    expect(third.values?.bio).toContain('reading group');
  });

  it('creates a facility the submitter typed in, kept off the public list until a profile there is approved', async () => {
    const state = await submit(
      validSubmission({
        facilityId: 'new',
        facilityName: 'Cedar Hollow Work Camp',
        facilityState: 'ID',
        facilityAddress: 'PO Box 77\nCedar Hollow, ID 83200',
        facilityVendor: 'jpay',
      }),
    );
    expect(state.ok).toBe(true);
    const facility = await db.facility.findFirstOrThrow({ where: { name: 'Cedar Hollow Work Camp' } });
    expect(facility).toMatchObject({ state: 'ID', reviewedAt: null, messagingVendor: 'jpay' });

    await signInAs(await createUser('moderator'));
    const profile = await db.profile.findFirstOrThrow();
    expect(profile.state).toBe('ID');
    await review(profile.id, 'approve');
    expect((await db.facility.findUniqueOrThrow({ where: { id: facility.id } })).reviewedAt).not.toBeNull();
  });

  it('needs the new facility details when the facility is not in the list, and refuses an unreviewed one', async () => {
    const missing = await submit(validSubmission({ facilityId: 'new' }));
    expect(Object.keys(missing.fieldErrors!).sort()).toEqual(['facilityAddress', 'facilityName', 'facilityState']);
    const unreviewed = await db.facility.create({ data: facilityData({ reviewedAt: null }) });
    const refused = await submit(validSubmission({ facilityId: unreviewed.id }));
    expect(refused.fieldErrors).toEqual({ facilityId: ['Choose the facility.'] });
  });

  it('refuses a bio with a phone number in it, saying so', async () => {
    const state = await submit(
      validSubmission({ bio: 'I like chess and long letters about books. Call my sister on (541) 555-0142 any day.' }),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.bio?.[0]).toMatch(/looks like a phone number/);
    expect(await db.profile.count()).toBe(0);
  });
});

describe('reviewProfile', () => {
  async function pending() {
    await submit(validSubmission());
    return db.profile.findFirstOrThrow();
  }

  beforeEach(async () => signInAs(await createUser('moderator')));

  it('approves: listed for twelve months, verified today, in the directory, audited and emailed', async () => {
    const profile = await pending();
    const state = await review(profile.id, 'approve');
    expect(state).toMatchObject({ ok: true });
    const after = await db.profile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(after.status).toBe('published');
    expect(after.verifiedAt!.getTime()).toBeGreaterThan(Date.now() - 5000);
    const days = (after.expiresAt!.getTime() - after.verifiedAt!.getTime()) / DAY;
    expect(days).toBeGreaterThanOrEqual(365);
    expect(days).toBeLessThanOrEqual(366);
    expect(await profileAvailability(after.slug)).toBe('listed');
    expect((await listDirectory(parseDirectoryParams({ interests: 'drawing' }))).profiles.map((p) => p.id)).toEqual([
      profile.id,
    ]);
    expect(await db.auditEntry.findFirstOrThrow({ where: { targetId: profile.id } })).toMatchObject({
      action: 'profile.approve',
      targetType: 'profile',
    });
    expect((await readOutbox()).at(-1)!.subject).toContain('Listed');
  });

  it('lets only one of two moderators acting at the same moment decide, with one audit row', async () => {
    const profile = await pending();
    // Both pages showed the profile waiting; whichever decision lands second is refused, whatever the timing.
    const decide = (fields: Record<string, string>) =>
      reviewProfile(initial, formData({ profileId: profile.id, seenStatus: 'pending', ...fields }));
    const states = await Promise.all([
      decide({ op: 'approve' }),
      decide({ op: 'reject', reason: 'Could not confirm the details.' }),
    ]);
    expect(states.filter((state) => state.ok)).toHaveLength(1);
    expect(await db.auditEntry.count({ where: { targetId: profile.id } })).toBe(1);
  });

  it('asks before taking a profile down, changing nothing until the moderator confirms', async () => {
    const profile = await pending();
    await review(profile.id, 'approve');
    const asked = await reviewProfile(
      initial,
      formData({ profileId: profile.id, seenStatus: 'published', op: 'take_down', reason: 'Asked by the family.' }),
    );
    expect(asked).toMatchObject({
      ok: false,
      result: { confirm: 'take_down' },
      values: { reason: 'Asked by the family.' },
    });
    expect(asked.message).toMatch(/^Take this profile down\?/);
    expect((await db.profile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe('published');
    expect((await review(profile.id, 'take_down', 'Asked by the family.')).ok).toBe(true);
    expect((await db.profile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe('taken_down');
  });

  it('requires a reason to reject, request changes or take down, and tells the submitter', async () => {
    const profile = await pending();
    const refused = await review(profile.id, 'request_changes', '');
    expect(refused.fieldErrors?.reason?.[0]).toMatch(/Give a reason/);
    const state = await review(profile.id, 'request_changes', 'The inmate number has one digit too few.');
    expect(state.ok).toBe(true);
    expect(await db.profile.findUniqueOrThrow({ where: { id: profile.id } })).toMatchObject({
      status: 'changes_requested',
      statusReason: 'The inmate number has one digit too few.',
    });
    const mail = (await readOutbox()).at(-1)!;
    expect(mail.subject).toContain('Changes needed');
    expect(mail.text).toContain('one digit too few');
  });

  it('unlists released, transferred and taken-down profiles (410, kept) and renews expired ones', async () => {
    const profile = await pending();
    await review(profile.id, 'approve');
    for (const [op, status] of [
      ['release', 'released'],
      ['transfer', 'transferred'],
      ['take_down', 'taken_down'],
    ] as const) {
      const state = await review(profile.id, op, 'Family request');
      expect(state.ok).toBe(true);
      expect((await db.profile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe(status);
      expect(await profileAvailability(profile.slug)).toBe('gone');
      await review(profile.id, 'approve');
    }
    // Expiry needs nobody: a listing past its date is gone from the directory and the page.
    await db.profile.update({ where: { id: profile.id }, data: { expiresAt: new Date(Date.now() - DAY) } });
    expect(await profileAvailability(profile.slug)).toBe('gone');
    expect((await listDirectory(parseDirectoryParams({}))).total).toBe(0);
    expect((await listForReview('unlisted', '', 1)).profiles.map((p) => p.id)).toEqual([profile.id]);
    await review(profile.id, 'renew');
    expect(await profileAvailability(profile.slug)).toBe('listed');
    expect(await db.auditEntry.count({ where: { targetId: profile.id } })).toBe(8);
  });

  it('lists profiles expiring within 30 days', async () => {
    const profile = await pending();
    await review(profile.id, 'approve');
    expect((await reviewTabCounts()).expiring).toBe(0);
    await db.profile.update({ where: { id: profile.id }, data: { expiresAt: new Date(Date.now() + 10 * DAY) } });
    expect(await reviewTabCounts()).toMatchObject({ pending: 0, listed: 1, expiring: 1, unlisted: 0 });
  });

  it('edits any field, replacing the tags the directory filters on', async () => {
    const profile = await pending();
    await review(profile.id, 'approve');
    const other = await db.facility.create({ data: facilityData({ state: 'NM' }) });
    const fields = validSubmission({
      displayName: 'Dana W',
      facilityId: other.id,
      interests: ['chess'],
      ownInterests: '',
      languages: ['french'],
    });
    const state = await editProfile(initial, formData({ ...fields, profileId: profile.id }));
    expect(state).toMatchObject({ ok: true, message: 'Profile saved.' });
    const after = await db.profile.findUniqueOrThrow({ where: { id: profile.id }, include: { tags: true } });
    expect(after).toMatchObject({ displayName: 'Dana W', state: 'NM', interests: 'chess', languages: 'french' });
    expect(after.tags.map((t) => `${t.kind}:${t.value}`).sort()).toEqual([
      'interest:chess',
      'language:french',
      'seeking:friendship',
    ]);
    expect(
      JSON.parse((await db.auditEntry.findFirstOrThrow({ where: { action: 'profile.edit' } })).detail).changed,
    ).toEqual(expect.arrayContaining(['displayName', 'facilityId', 'interests', 'languages']));
    expect((await listDirectory(parseDirectoryParams({ interests: 'drawing' }))).total).toBe(0);
    expect((await listDirectory(parseDirectoryParams({ interests: 'chess', state: 'NM' }))).total).toBe(1);
    // Best match counts shared interests from the bits, which follow the edit.
    const { interestBits } = await db.profile.findUniqueOrThrow({
      where: { id: profile.id },
      select: { interestBits: true },
    });
    expect(interestBits).toBe(interestBitsOf(['chess']));
  });

  it('corrects a facility a submitter typed in, moving its profiles to the right state', async () => {
    await submit(
      validSubmission({
        facilityId: 'new',
        facilityName: 'Cedar Holow Camp',
        facilityState: 'WY',
        facilityAddress: 'PO Box 77\nCedar Hollow, ID 83200',
      }),
    );
    const profile = await db.profile.findFirstOrThrow({ include: { facility: true } });
    expect(profile.state).toBe('WY');
    const state = await editFacility(
      initial,
      formData({
        facilityId: profile.facilityId,
        facilityName: 'Cedar Hollow Work Camp',
        facilityState: 'ID',
        facilityAddress: 'PO Box 77\nCedar Hollow, ID 83200',
        facilityMailScanned: 'on',
        facilityScanAddress: 'Mail Processing Center\nPO Box 1\nBoise, ID 83700',
        facilityVendor: 'jpay',
        facilityNotes: 'Work camp: letters take a week.',
      }),
    );
    expect(state.ok).toBe(true);
    const facility = await db.facility.findUniqueOrThrow({ where: { id: profile.facilityId } });
    expect(facility).toMatchObject({
      name: 'Cedar Hollow Work Camp',
      state: 'ID',
      mailScanned: true,
      messagingVendor: 'jpay',
      notes: 'Work camp: letters take a week.',
    });
    expect(facility.reviewedAt).not.toBeNull();
    expect((await db.profile.findUniqueOrThrow({ where: { id: profile.id } })).state).toBe('ID');
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'facility.edit' } });
    expect(JSON.parse(audit.detail).changed).toEqual(
      expect.arrayContaining(['name', 'state', 'mailScanned', 'messagingVendor']),
    );

    const refused = await editFacility(
      initial,
      formData({ facilityId: profile.facilityId, facilityName: '', facilityState: 'ZZ', facilityAddress: 'one line' }),
    );
    expect(Object.keys(refused.fieldErrors!).sort()).toEqual(['facilityAddress', 'facilityName', 'facilityState']);
    expect(refused.values?.facilityAddress).toBe('one line');
  });

  it('sends a private link with a request for changes; the submitter corrects the same submission once', async () => {
    const profile = await pending();
    await review(profile.id, 'request_changes', 'The inmate number needs its prefix.');
    const link = (await readOutbox()).at(-1)!.text.match(/\/profiles\/submit\/([\w-]+)/)?.[1];
    expect(link).toBeDefined();
    expect(
      (await db.profile.findUniqueOrThrow({ where: { id: profile.id }, omit: { changesTokenHash: false } }))
        .changesTokenHash,
    ).not.toContain(link);

    const corrected = await submit(
      validSubmission({ inmateNumber: 'WA-48213', interests: ['chess'], changesToken: link }),
      await photoFile(),
    );
    expect(corrected).toMatchObject({ ok: true, result: { reference: profile.reference } });
    const after = await db.profile.findUniqueOrThrow({
      where: { id: profile.id },
      include: { tags: true },
      omit: { changesTokenHash: false },
    });
    expect(after).toMatchObject({
      inmateNumber: 'WA-48213',
      status: 'pending',
      statusReason: null,
      changesTokenHash: null,
    });
    expect(after.photoPath).toMatch(/^\/photos\//);
    expect(
      after.tags
        .filter((t) => t.kind === 'interest')
        .map((t) => t.value)
        .sort(),
    ).toEqual(['beekeeping', 'chess', 'tai-chi']);
    expect(await db.profile.count()).toBe(1);

    const reused = await submit(validSubmission({ changesToken: link }));
    expect(reused.ok).toBe(false);
    expect(reused.message).toMatch(/run out or has been used/);
  });

  it('corrects a facility the submitter typed in through the changes link, without leaving a duplicate', async () => {
    const typed = {
      facilityId: 'new',
      facilityName: 'Cedar Holow Camp',
      facilityState: 'ID',
      facilityAddress: 'PO Box 77\nCedar Hollow, ID 83200',
    };
    const facilitiesBefore = await db.facility.count();
    expect((await submit(validSubmission(typed))).ok).toBe(true);
    const profile = await db.profile.findFirstOrThrow();
    await signInAs(await createUser('moderator'));
    await review(profile.id, 'request_changes', 'Please check the facility name.');
    const link = (await readOutbox()).at(-1)!.text.match(/\/profiles\/submit\/([\w-]+)/)?.[1];

    const corrected = await submit(
      validSubmission({ ...typed, facilityName: 'Cedar Hollow Work Camp', changesToken: link }),
    );
    expect(corrected.ok).toBe(true);
    const after = await db.profile.findUniqueOrThrow({ where: { id: profile.id }, include: { facility: true } });
    expect(after.facilityId).toBe(profile.facilityId);
    expect(after.facility).toMatchObject({ name: 'Cedar Hollow Work Camp', reviewedAt: null });
    expect(await db.facility.count()).toBe(facilitiesBefore + 1);
  });
});
