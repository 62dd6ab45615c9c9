import { beforeEach, describe, expect, it } from 'vitest';
import { editComment, moderateComments, replyAsProgram } from '@/lib/comments/actions';
import { db } from '@/lib/db';
import type { ActionState } from '@/lib/forms/action-state';
import { reopenReport, resolveReport } from '@/lib/profiles/reports';
import { editFacility, editProfile, reviewProfile } from '@/lib/profiles/review';
import { commentData, facilityData, profileData } from '@/prisma/factories';
import { formData } from '../support/form';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

type AdminAction = (prev: ActionState<never>, data: FormData) => Promise<ActionState<unknown>>;
type Targets = { comment: string; openReport: string; resolvedReport: string; pendingProfile: string; facility: string };

// Every admin action, with input that would succeed for a moderator.
const adminActions: [string, AdminAction, (targets: Targets) => Record<string, string | string[]>][] = [
  ['moderateComments (row)', moderateComments, ({ comment }) => ({ op: `approve:${comment}` })],
  ['moderateComments (bulk)', moderateComments, ({ comment }) => ({ op: 'bulk', bulkOp: 'delete', ids: [comment] })],
  ['editComment', editComment, ({ comment }) => ({ id: comment, name: 'Hacked', url: '', body: 'Hacked' })],
  ['replyAsProgram', replyAsProgram, ({ comment }) => ({ parentId: comment, body: 'Hacked' })],
  ['resolveReport', resolveReport, ({ openReport }) => ({ reportId: openReport, outcome: 'no-action', note: 'Hacked' })],
  ['reopenReport', reopenReport, ({ resolvedReport }) => ({ reportId: resolvedReport })],
  ['reviewProfile', reviewProfile, ({ pendingProfile }) => ({ profileId: pendingProfile, op: 'approve' })],
  ['editProfile', editProfile, ({ pendingProfile, facility }) => ({
    profileId: pendingProfile, displayName: 'Hacked', legalName: 'Hacked Name', inmateNumber: '1', facilityId: facility, birthDate: '1980-01-01',
    gender: 'man', offense: 'None', bio: 'x'.repeat(60), interests: 'chess', seeking: 'friendship', languages: 'english',
  })],
  ['editFacility', editFacility, ({ facility }) => ({ facilityId: facility, facilityName: 'Hacked', facilityState: 'OR', facilityAddress: 'PO Box 1\nSalem, OR 97300' })],
];

/** One of everything the actions above change, so each refusal can be checked against untouched rows. */
async function createTargets(): Promise<Targets> {
  const comment = await db.comment.create({ data: commentData({ status: 'spam', body: 'Original' }) });
  const facility = await db.facility.create({ data: facilityData() });
  const profile = await db.profile.create({ data: profileData(facility) });
  const pendingProfile = await db.profile.create({ data: profileData(facility, { displayName: 'Waiting W.', status: 'pending' }) });
  const report = { profileId: profile.id, reason: 'scam', details: 'Asked for money.' };
  const openReport = await db.profileReport.create({ data: report });
  const resolvedReport = await db.profileReport.create({ data: { ...report, status: 'resolved', outcome: 'no-action', resolvedAt: new Date() } });
  return { comment: comment.id, openReport: openReport.id, resolvedReport: resolvedReport.id, pendingProfile: pendingProfile.id, facility: facility.id };
}

const callers = {
  'a signed-out visitor': async () => {},
  'a pen pal': async () => signInAs(await createUser('penpal')),
  'a suspended moderator': async () => signInAs(await createUser('moderator', { suspendedAt: new Date() })),
  'a forged session cookie': async () => {
    request.cookies.set('bb.session', { name: 'bb.session', value: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged' });
  },
};

beforeEach(async () => {
  await db.auditEntry.deleteMany();
  await db.comment.deleteMany();
  await db.profile.deleteMany();
});

describe.each(Object.entries(callers))('%s calling admin actions directly', (_who, signIn) => {
  it.each(adminActions)('is refused by %s and nothing changes', async (_name, action, input) => {
    const targets = await createTargets();
    await signIn();
    const state = await action({ ok: false }, formData(input(targets)));
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/sign in|permission/i);
    expect(await db.comment.findMany()).toEqual([expect.objectContaining({ id: targets.comment, status: 'spam', body: 'Original' })]);
    expect(await db.profileReport.findMany({ orderBy: { status: 'asc' }, select: { id: true, status: true, outcomeNote: true } })).toEqual([
      { id: targets.openReport, status: 'open', outcomeNote: '' },
      { id: targets.resolvedReport, status: 'resolved', outcomeNote: '' },
    ]);
    expect(await db.profile.findUniqueOrThrow({ where: { id: targets.pendingProfile } })).toMatchObject({ status: 'pending', displayName: 'Waiting W.' });
    expect((await db.facility.findUniqueOrThrow({ where: { id: targets.facility } })).name).not.toBe('Hacked');
    expect(await db.auditEntry.count()).toBe(0);
    expect(request.revalidated).toEqual([]);
  });
});

describe('a moderator', () => {
  it('is allowed, so the refusals above are about who calls', async () => {
    const comment = await db.comment.create({ data: commentData({ status: 'spam' }) });
    await signInAs(await createUser('moderator'));
    expect((await moderateComments({ ok: false }, formData({ op: `delete:${comment.id}` }))).ok).toBe(true);
  });

  it.each(adminActions)('succeeds with the input given to %s above', async (_name, action, input) => {
    const targets = await createTargets();
    await signInAs(await createUser('moderator'));
    expect((await action({ ok: false }, formData(input(targets)))).ok).toBe(true);
  });
});
