import { CLIENT_ADDRESS_HEADER } from '@/lib/request/client-address';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listReports } from '@/lib/reports/queries';
import { reportComment, resolveReport } from '@/lib/reports/actions';
import { resetRateLimits } from '@/lib/rate-limit';
import { commentData, facilityData, profileData } from '@/prisma/factories';
import { clearAuditLog } from '../support/audit';
import { ARTICLE } from '../support/comments';
import { formData } from '../support/form';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

const initial = { ok: false };
const THANKS =
  'A moderator will read the comment and your report, usually within a day. You will not hear back from us.';

function report(commentId: string, overrides: Record<string, string> = {}) {
  return reportComment(
    initial,
    formData({ commentId, reason: 'abusive', details: 'It calls another reader names.', company: '', ...overrides }),
  );
}

const published = () => db.comment.create({ data: commentData({ status: 'approved', approvedAt: new Date() }) });

beforeEach(async () => {
  await resetRateLimits();
  await clearAuditLog();
  await db.profileReport.deleteMany();
  await db.comment.deleteMany();
});

describe('reportComment', () => {
  it('files an anonymous open report about a published comment, with no session needed', async () => {
    const comment = await published();
    expect(await report(comment.id)).toEqual({ ok: true, message: THANKS });
    expect(await db.profileReport.findFirstOrThrow()).toMatchObject({
      commentId: comment.id,
      profileId: null,
      reason: 'abusive',
      details: 'It calls another reader names.',
      reporterName: '',
      reporterEmail: '',
      status: 'open',
    });
  });

  it('takes a report without details', async () => {
    const comment = await published();
    expect((await report(comment.id, { details: '' })).ok).toBe(true);
    expect(await db.profileReport.findFirstOrThrow()).toMatchObject({ details: '' });
  });

  it('refuses comments that are not published, and ids that do not exist, keeping what was typed', async () => {
    for (const status of ['pending', 'spam', 'trash'] as const) {
      const comment = await db.comment.create({ data: commentData({ status }) });
      const state = await report(comment.id, { details: `About a ${status} comment.` });
      expect(state).toMatchObject({
        ok: false,
        message: expect.stringContaining('This comment is not on the site any more'),
        values: { reason: 'abusive', details: `About a ${status} comment.` },
      });
    }
    expect((await report('no-such-comment')).ok).toBe(false);
    expect((await report('')).ok).toBe(false);
    expect(await db.profileReport.count()).toBe(0);
  });

  it('answers every field error at once, with the details kept', async () => {
    const comment = await published();
    const long = 'x'.repeat(2001);
    const state = await report(comment.id, { reason: 'not-a-reason', details: long });
    expect(state.ok).toBe(false);
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['details', 'reason']);
    expect(state.values).toMatchObject({ details: long });
    expect(await db.profileReport.count()).toBe(0);
  });

  it('thanks a bot that fills the hidden field, and stores nothing', async () => {
    const comment = await published();
    expect(await report(comment.id, { company: 'Acme' })).toEqual({ ok: true, message: THANKS });
    expect(await db.profileReport.count()).toBe(0);
  });

  it('allows five reports an hour per connection; another connection is not affected', async () => {
    const comment = await published();
    for (let i = 0; i < 5; i++) expect((await report(comment.id)).ok).toBe(true);
    expect(await report(comment.id, { details: 'The sixth report.' })).toMatchObject({
      ok: false,
      message: 'Too many reports from this connection. Please try again in an hour.',
      values: { details: 'The sixth report.' },
    });
    expect(await db.profileReport.count()).toBe(5);
    request.headers.set(CLIENT_ADDRESS_HEADER, '198.51.100.30');
    expect((await report(comment.id)).ok).toBe(true);
  });
});

describe('resolving a comment report', () => {
  async function openReport() {
    const comment = await published();
    await report(comment.id);
    const { id } = await db.profileReport.findFirstOrThrow({ where: { commentId: comment.id } });
    return { comment, id };
  }

  it('lists the report with the comment it is about', async () => {
    const { comment, id } = await openReport();
    await signInAs(await createUser('moderator'));
    const { reports } = await listReports('open', 1);
    expect(reports.map((r) => [r.id, r.profile, r.comment?.id, r.comment?.body])).toEqual([
      [id, null, comment.id, comment.body],
    ]);
  });

  it('trashes the comment as it resolves the report, with an audit row for each', async () => {
    const { comment, id } = await openReport();
    const moderator = await createUser('moderator');
    await signInAs(moderator);
    const state = await resolveReport(
      initial,
      formData({ reportId: id, outcome: 'comment-trashed', note: 'Abusive.' }),
    );
    expect(state).toEqual({ ok: true, message: 'Report resolved.' });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      status: 'trash',
      statusBeforeTrash: 'approved',
    });
    expect(await db.profileReport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'resolved',
      outcome: 'comment-trashed',
      resolvedById: moderator.id,
    });
    const audit = await db.auditEntry.findMany({
      orderBy: { action: 'asc' },
      select: { action: true, targetId: true },
    });
    expect(audit).toEqual([
      { action: 'comment.trash', targetId: comment.id },
      { action: 'report.resolve', targetId: id },
    ]);
    expect(request.revalidated).toContain(`/articles/${ARTICLE}`);
  });

  it('unpublishes the comment back to pending, or leaves it when there is nothing to do', async () => {
    const first = await openReport();
    await signInAs(await createUser('moderator'));
    expect((await resolveReport(initial, formData({ reportId: first.id, outcome: 'comment-unapproved' }))).ok).toBe(
      true,
    );
    expect(await db.comment.findUniqueOrThrow({ where: { id: first.comment.id } })).toMatchObject({
      status: 'pending',
      approvedAt: null,
    });

    const second = await openReport();
    expect((await resolveReport(initial, formData({ reportId: second.id, outcome: 'no-action' }))).ok).toBe(true);
    expect(await db.comment.findUniqueOrThrow({ where: { id: second.comment.id } })).toMatchObject({
      status: 'approved',
    });
  });

  it('refuses a profile outcome for a comment report, and a comment outcome for a profile report', async () => {
    const { comment, id } = await openReport();
    const facility = await db.facility.create({ data: facilityData() });
    const profile = await db.profile.create({ data: profileData(facility) });
    const profileReport = await db.profileReport.create({
      data: { profileId: profile.id, reason: 'scam', details: 'It asks for money.' },
    });
    await signInAs(await createUser('moderator'));
    for (const [reportId, outcome] of [
      [id, 'taken-down'],
      [profileReport.id, 'comment-trashed'],
    ] as const) {
      expect(await resolveReport(initial, formData({ reportId, outcome }))).toMatchObject({
        ok: false,
        fieldErrors: { outcome: ['Choose one of the outcomes offered for this report.'] },
      });
    }
    expect(await db.profileReport.count({ where: { status: 'open' } })).toBe(2);
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ status: 'approved' });
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('goes with its comment when that is deleted for ever', async () => {
    const { comment } = await openReport();
    await db.comment.delete({ where: { id: comment.id } });
    expect(await db.profileReport.count()).toBe(0);
  });
});
