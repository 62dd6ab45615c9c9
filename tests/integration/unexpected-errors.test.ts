import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { UNEXPECTED_ERROR_MESSAGE } from '@/lib/forms/unexpected-error';
import { reportProfile } from '@/lib/reports/actions';
import { resetRateLimits } from '@/lib/rate-limit';
import { facilityData, profileData } from '@/prisma/factories';
import { formData } from '../support/form';
import { capturedLogLines } from '../support/log-lines';
import { photoFile, submit, validSubmission } from '../support/profile-submission';
import { request } from '../support/request';

// When the database fails under a form, the reader gets our apology with everything they typed, and we get one log line
// that leads to the request.

let facility: { id: string; state: string };

beforeEach(async () => {
  await resetRateLimits();
  await db.profileReport.deleteMany();
  await db.profile.deleteMany();
  facility = await db.facility.create({ data: facilityData() });
  request.headers.set('x-request-id', 'req-7f3a');
});

describe('an action built on defineAction', () => {
  it('answers a failing database with the apology and the typed values, logging one line with the request id', async () => {
    const profile = await db.profile.create({ data: profileData(facility) });
    vi.spyOn(db.profileReport, 'create').mockRejectedValueOnce(new Error('SQLITE_BUSY: database is locked'));
    const fields = {
      profileId: profile.id,
      reason: 'wrong-details',
      details: 'Moved to unit C-4 in May.',
      reporterName: 'Sam Ortiz',
      reporterEmail: 'sam@example.org',
      company: '',
    };

    let state;
    const lines = await capturedLogLines(async () => {
      state = await reportProfile({ ok: false }, formData(fields));
    });

    expect(state).toEqual({
      ok: false,
      message: UNEXPECTED_ERROR_MESSAGE,
      values: {
        reason: 'wrong-details',
        details: 'Moved to unit C-4 in May.',
        reporterName: 'Sam Ortiz',
        reporterEmail: 'sam@example.org',
      },
    });
    expect(await db.profileReport.count()).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'error',
      msg: 'action failed',
      requestId: 'req-7f3a',
      error: { message: 'SQLITE_BUSY: database is locked' },
    });
    expect((lines[0]!.error as { stack: string }).stack).toContain('unexpected-errors.test.ts');

    // The next attempt goes through.
    expect(await reportProfile({ ok: false }, formData(fields))).toMatchObject({ ok: true });
    expect(await db.profileReport.count()).toBe(1);
  });
});

describe('the profile submission', () => {
  it('answers a failing database the same way, keeping the typed values and the stored photo', async () => {
    vi.spyOn(db, '$transaction').mockRejectedValueOnce(new Error('connection terminated unexpectedly'));

    let state: Awaited<ReturnType<typeof submit>> | undefined;
    const lines = await capturedLogLines(async () => {
      state = await submit(validSubmission(facility.id), await photoFile());
    });

    expect(state).toMatchObject({
      ok: false,
      message: UNEXPECTED_ERROR_MESSAGE,
      values: {
        displayName: 'Dana W.',
        bio: expect.stringContaining('reading group'),
        languages: 'english,spanish',
        submitterEmail: 'Ruth@Example.org',
      },
    });
    expect(state!.values!.photoUpload).toMatch(/^[0-9a-f]{32}\.webp\.\d+\.[\w-]{43}$/);
    expect(state!.fieldErrors).toBeUndefined();
    expect(await db.profile.count()).toBe(0);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'action failed',
        requestId: 'req-7f3a',
        error: expect.objectContaining({ message: 'connection terminated unexpectedly' }),
      }),
    ]);

    const again = await submit(validSubmission(facility.id, { photoUpload: state!.values!.photoUpload }));
    expect(again.ok).toBe(true);
    expect((await db.profile.findFirstOrThrow()).photoPath).toBe(`/photos/${state!.values!.photoUpload!.slice(0, 37)}`);
  });

  it('saves a facility the submitter typed in only with its profile: a failure between the two leaves neither', async () => {
    const transaction = db.$transaction.bind(db) as (run: (tx: unknown) => Promise<unknown>) => Promise<unknown>;
    // The profile's insert fails inside the transaction, after the facility's went in.
    vi.spyOn(db, '$transaction').mockImplementationOnce(((run: (tx: unknown) => Promise<unknown>) =>
      transaction((tx) =>
        run(
          new Proxy(tx as object, {
            get: (target, key) =>
              key === 'profile'
                ? { create: () => Promise.reject(new Error('disk I/O error')) }
                : Reflect.get(target, key),
          }),
        ),
      )) as never);
    const fields = validSubmission('new', {
      facilityName: 'Cedar Hollow Work Camp',
      facilityState: 'ID',
      facilityAddress: 'PO Box 77\nCedar Hollow, ID 83200',
    });

    let state: Awaited<ReturnType<typeof submit>> | undefined;
    const lines = await capturedLogLines(async () => {
      state = await submit(fields);
    });

    expect(state).toMatchObject({
      ok: false,
      message: UNEXPECTED_ERROR_MESSAGE,
      values: { facilityId: 'new', facilityName: 'Cedar Hollow Work Camp', facilityState: 'ID' },
    });
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'action failed', error: expect.objectContaining({ message: 'disk I/O error' }) }),
    ]);
    expect(await db.facility.count({ where: { name: 'Cedar Hollow Work Camp' } })).toBe(0);
    expect(await db.profile.count()).toBe(0);

    expect((await submit(fields)).ok).toBe(true);
    expect(await db.facility.count({ where: { name: 'Cedar Hollow Work Camp' } })).toBe(1);
  });
});
