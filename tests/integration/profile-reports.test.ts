import { CLIENT_ADDRESS_HEADER } from '@/lib/request/client-address';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import { ProfileStatus } from '@/lib/profiles/status-groups';
import { UNEXPECTED_ERROR_MESSAGE } from '@/lib/forms/unexpected-error';
import { listReports, reportTabCounts } from '@/lib/reports/queries';
import { reopenReport, reportProfile, resolveReport } from '@/lib/reports/actions';
import { resetRateLimits } from '@/lib/rate-limit';
import { facilityData, profileData } from '@/prisma/factories';
import { clearAuditLog } from '../support/audit';
import { formData } from '../support/form';
import { capturedLogLines } from '../support/log-lines';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

// The real audit writer, replaceable in one test to show that a failed audit row undoes the action with it.
vi.mock('@/lib/audit/record', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/audit/record')>();
  return { ...actual, recordAudit: vi.fn(actual.recordAudit) };
});

const initial = { ok: false };
const THANKS = 'Thank you. Our staff will look at this profile, usually within two days.';
const DAY = 24 * 60 * 60 * 1000;

async function createProfile(overrides: Parameters<typeof profileData>[1] = {}) {
  const facility = await db.facility.create({ data: facilityData() });
  return db.profile.create({ data: profileData(facility, overrides) });
}

function reportFields(profileId: string, overrides: Record<string, string | undefined> = {}) {
  return {
    profileId,
    reason: 'wrong-details',
    details: 'The housing unit changed last month; letters to B-2 come back.',
    reporterName: 'Sam Ortiz',
    reporterEmail: 'Sam@Example.org',
    company: '',
    ...overrides,
  };
}

function report(profileId: string, overrides: Record<string, string | undefined> = {}) {
  return reportProfile(initial, formData(reportFields(profileId, overrides)));
}

beforeEach(async () => {
  await resetRateLimits();
  await clearAuditLog();
  await db.profileReport.deleteMany();
  await db.profile.deleteMany();
});

describe('reportProfile', () => {
  it('stores an open report on a listed profile and thanks the reader without echoing anything', async () => {
    const profile = await createProfile();
    const state = await report(profile.id);
    expect(state).toEqual({ ok: true, message: THANKS });
    expect(await db.profileReport.findFirstOrThrow()).toMatchObject({
      profileId: profile.id,
      reason: 'wrong-details',
      details: 'The housing unit changed last month; letters to B-2 come back.',
      reporterName: 'Sam Ortiz',
      reporterEmail: 'sam@example.org',
      status: 'open',
      outcome: null,
    });
  });

  it('takes a report with no name or email', async () => {
    const profile = await createProfile();
    const state = await reportProfile(
      initial,
      formData({ profileId: profile.id, reason: 'scam', details: 'Asked me to send a gift card.' }),
    );
    expect(state.ok).toBe(true);
    expect(await db.profileReport.findFirstOrThrow()).toMatchObject({
      reason: 'scam',
      reporterName: '',
      reporterEmail: '',
    });
  });

  it('reports every invalid field, keeps what was typed and stores nothing', async () => {
    const profile = await createProfile();
    const state = await report(profile.id, {
      reason: undefined,
      details: 'Too short',
      reporterName: 'x'.repeat(101),
      reporterEmail: 'sam-at-example',
    });
    expect(state.ok).toBe(false);
    expect(state.fieldErrors).toEqual({
      reason: ['Choose a reason.'],
      details: ['Tell us what is wrong, in at least 10 characters.'],
      reporterName: ['Name must be 100 characters or fewer.'],
      reporterEmail: ['Enter an email address such as name@example.org, or leave it empty.'],
    });
    expect(state.values).toEqual({
      details: 'Too short',
      reporterName: 'x'.repeat(101),
      reporterEmail: 'sam-at-example',
    });
    expect(await db.profileReport.count()).toBe(0);
  });

  it('refuses details over 2,000 characters and a reason not on the list', async () => {
    const profile = await createProfile();
    const state = await report(profile.id, { reason: 'boring', details: 'y'.repeat(2001) });
    expect(state.fieldErrors).toMatchObject({
      reason: ['Choose a reason.'],
      details: ['Keep the details to 2,000 characters or fewer.'],
    });
    expect(state.values).toMatchObject({ reason: 'boring', details: 'y'.repeat(2001) });
  });

  it.each([
    ['pending', { status: ProfileStatus.pending, listedAt: null, expiresAt: null }],
    ['taken down', { status: ProfileStatus.taken_down }],
    ['expired', { expiresAt: new Date(Date.now() - DAY) }],
  ])('refuses a %s profile, keeping the text', async (_name, overrides) => {
    const profile = await createProfile(overrides);
    const state = await report(profile.id);
    expect(state).toMatchObject({
      ok: false,
      values: { details: 'The housing unit changed last month; letters to B-2 come back.' },
    });
    expect(state.message).toMatch(/^This profile is not in the directory any more/);
    expect(await db.profileReport.count()).toBe(0);
  });

  it('refuses a profile that does not exist', async () => {
    const state = await report('no-such-profile');
    expect(state.ok).toBe(false);
    expect(state.message).toMatch(/not in the directory/);
  });

  it('thanks a bot that fills the honeypot and stores nothing for the queue', async () => {
    const profile = await createProfile();
    const state = await report(profile.id, { company: 'Acme' });
    expect(state).toEqual({ ok: true, message: THANKS });
    expect(await db.profileReport.count()).toBe(0);
  });

  it('allows five reports an hour per IP; another IP is not affected', async () => {
    const profile = await createProfile();
    for (let i = 0; i < 5; i++)
      expect((await report(profile.id, { details: `Report number ${i} about this profile.` })).ok).toBe(true);
    const sixth = await report(profile.id, { details: 'The sixth report in an hour.' });
    expect(sixth).toMatchObject({
      ok: false,
      message: 'Too many reports from this connection. Please try again in an hour.',
      values: { details: 'The sixth report in an hour.' },
    });
    expect(await db.profileReport.count()).toBe(5);

    request.headers.set(CLIENT_ADDRESS_HEADER, '198.51.100.20');
    expect((await report(profile.id)).ok).toBe(true);
    expect(await db.profileReport.count()).toBe(6);
  });
});

describe('resolveReport and reopenReport', () => {
  async function openReport() {
    const profile = await createProfile();
    return db.profileReport.create({
      data: { profileId: profile.id, reason: 'released-or-moved', details: 'He was released in March.' },
    });
  }

  it('records the outcome, who and when, with an audit row', async () => {
    const moderator = await createUser('moderator');
    await signInAs(moderator);
    const { id } = await openReport();
    const state = await resolveReport(
      initial,
      formData({ reportId: id, outcome: 'unlisted', note: 'Checked with the facility: released.' }),
    );
    expect(state).toEqual({ ok: true, message: 'Report resolved.' });

    const resolved = await db.profileReport.findUniqueOrThrow({ where: { id } });
    expect(resolved).toMatchObject({
      status: 'resolved',
      outcome: 'unlisted',
      outcomeNote: 'Checked with the facility: released.',
      resolvedById: moderator.id,
    });
    expect(Date.now() - resolved.resolvedAt!.getTime()).toBeLessThan(60_000);

    const audit = await db.auditEntry.findFirstOrThrow();
    expect(audit).toMatchObject({
      action: 'report.resolve',
      targetType: 'report',
      targetId: id,
      actorId: moderator.id,
      actorEmail: moderator.email,
    });
    expect(JSON.parse(audit.detail)).toEqual({ outcome: 'unlisted', note: 'Checked with the facility: released.' });
    expect(request.revalidated).toContain('/admin (layout)');

    const { reports } = await listReports('resolved', 1);
    expect(reports.map((r) => [r.id, r.resolvedByName, r.profile?.slug])).toEqual([
      [id, moderator.name, expect.any(String)],
    ]);
    expect(await reportTabCounts()).toEqual({ open: 0, resolved: 1 });
  });

  it('leaves the report open when the audit row cannot be written: both stand or fall together', async () => {
    await signInAs(await createUser('moderator'));
    const { id } = await openReport();
    vi.mocked(recordAudit).mockRejectedValueOnce(new Error('audit log unavailable'));
    let state;
    const lines = await capturedLogLines(async () => {
      state = await resolveReport(
        initial,
        formData({ reportId: id, outcome: 'no-action', note: 'Checked with the facility.' }),
      );
    });
    expect(lines).toEqual([
      expect.objectContaining({
        msg: 'action failed',
        error: expect.objectContaining({ message: 'audit log unavailable' }),
      }),
    ]);
    expect(state).toEqual({
      ok: false,
      message: UNEXPECTED_ERROR_MESSAGE,
      values: { outcome: 'no-action', note: 'Checked with the facility.' },
    });
    expect(await db.profileReport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'open',
      outcome: null,
      resolvedById: null,
    });
  });

  it('asks for an outcome and keeps the note', async () => {
    await signInAs(await createUser('admin'));
    const { id } = await openReport();
    const state = await resolveReport(initial, formData({ reportId: id, outcome: '', note: 'Half-written note' }));
    expect(state).toMatchObject({
      ok: false,
      fieldErrors: { outcome: ['Choose an outcome.'] },
      values: { note: 'Half-written note' },
    });
    expect(await db.profileReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'open' });
  });

  it('will not resolve a report twice', async () => {
    await signInAs(await createUser('moderator'));
    const { id } = await openReport();
    await resolveReport(initial, formData({ reportId: id, outcome: 'no-action' }));
    const again = await resolveReport(initial, formData({ reportId: id, outcome: 'edited' }));
    expect(again).toMatchObject({
      ok: false,
      message: 'That report is already resolved or no longer exists. Reload the page.',
    });
    expect(await db.profileReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ outcome: 'no-action' });
    expect(await db.auditEntry.count()).toBe(1);
  });

  it('reopens a resolved report, clearing the outcome and keeping it in the audit log', async () => {
    const moderator = await createUser('moderator');
    await signInAs(moderator);
    const { id } = await openReport();
    await resolveReport(initial, formData({ reportId: id, outcome: 'edited', note: 'Fixed the unit.' }));
    const state = await reopenReport(initial, formData({ reportId: id }));
    expect(state).toEqual({ ok: true, message: 'Report reopened.' });
    expect(await db.profileReport.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'open',
      outcome: null,
      outcomeNote: '',
      resolvedById: null,
      resolvedAt: null,
    });

    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'report.reopen' } });
    expect(audit).toMatchObject({ targetType: 'report', targetId: id });
    expect(JSON.parse(audit.detail)).toEqual({
      before: { outcome: 'edited', note: 'Fixed the unit.', resolvedById: moderator.id },
    });
    expect((await reopenReport(initial, formData({ reportId: id }))).ok).toBe(false);
  });

  it('lists open reports oldest first with the profile they are about', async () => {
    await signInAs(await createUser('moderator'));
    const first = await openReport();
    const second = await openReport();
    await db.profileReport.update({ where: { id: first.id }, data: { createdAt: new Date(Date.now() - DAY) } });
    const { reports, total } = await listReports('open', 1);
    expect(total).toBe(2);
    expect(reports.map((r) => r.id)).toEqual([first.id, second.id]);
    expect(reports[0]!.profile).toMatchObject({ id: first.profileId, status: 'published' });
  });

  it('puts takedown requests from victims and their families at the head of the open queue', async () => {
    await signInAs(await createUser('moderator'));
    const older = await openReport();
    const takedown = await openReport();
    await db.profileReport.update({ where: { id: takedown.id }, data: { reason: 'victim-request' } });
    await db.profileReport.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - DAY) } });
    expect((await listReports('open', 1)).reports.map((r) => r.id)).toEqual([takedown.id, older.id]);
    expect((await listReports('open', 2)).reports).toEqual([]);
  });
});
