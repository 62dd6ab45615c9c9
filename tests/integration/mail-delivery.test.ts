import { readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { runHousekeeping } from '@/lib/housekeeping';
import { MAX_ATTEMPTS, RETRY_AFTER_MS } from '@/lib/mail/outbox';
import { readOutbox } from '@/lib/mail/send';
import { signUp } from '@/lib/accounts/actions/sign-up';
import { reviewProfile } from '@/lib/profiles/actions/review';
import { resetRateLimits } from '@/lib/rate-limit';
import { facilityData } from '@/prisma/factories';
import { newEmail, signUpFields } from '../support/accounts';
import { formData } from '../support/form';
import { capturedLogLines } from '../support/log-lines';
import { submit, validSubmission } from '../support/profile-submission';
import { request, runAfterResponse } from '../support/request';
import { startSmtpSink } from '../support/smtp-sink';
import { createUser, signInAs } from '../support/users';

// SMTP_URL names a free port, so the mail server is "down" until a test starts one there. Set before lib/env loads.
const smtpPort = await vi.hoisted(async () => {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return port;
});

const LATER = RETRY_AFTER_MS + 60_000;
let facility: { id: string };
let sink: Awaited<ReturnType<typeof startSmtpSink>> | undefined;

beforeEach(async () => {
  await resetRateLimits();
  await db.profile.deleteMany();
  await rm(env.outboxDir, { recursive: true, force: true });
  facility = await db.facility.create({ data: facilityData() });
  request.headers.set('x-request-id', 'req-mail-1');
});

afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

// lib/env has read it; no other test file should.
afterAll(() => {
  delete process.env.SMTP_URL;
});

describe('a profile submission while the mail server is down', () => {
  it('is saved and answered with its reference; the acknowledgement waits in the outbox and goes once the server is back', async () => {
    const state = await submit(validSubmission(facility.id));

    // The response does not wait for the mail server.
    expect(state).toMatchObject({ ok: true, result: { emailed: true } });
    const reference = state.result!.reference;
    expect(await db.profile.findUnique({ where: { reference } })).not.toBeNull();
    expect((await readOutbox()).map((mail) => mail.subject)).toEqual([
      `We received your profile submission (${reference})`,
    ]);

    const lines = await capturedLogLines(runAfterResponse);
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: 'mail not sent: will retry',
        requestId: 'req-mail-1',
        attempts: 1,
        error: expect.objectContaining({ message: expect.stringContaining('ECONNREFUSED') }),
      }),
    );
    const waiting = await readOutbox();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.file).toMatch(/\.failed1\.eml$/);

    // Housekeeping leaves a message alone for a while after its last attempt.
    sink = await startSmtpSink(smtpPort);
    await capturedLogLines(() => runHousekeeping(db));
    expect(sink.received).toHaveLength(0);

    let result;
    const retried = await capturedLogLines(async () => {
      result = await runHousekeeping(db, Date.now() + LATER);
    });
    expect(result).toMatchObject({ mail: { sent: 1, failed: 0, gaveUp: 0 } });
    expect(retried).toContainEqual(expect.objectContaining({ level: 'info', msg: 'mail sent', by: 'housekeeping' }));
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]).toMatchObject({ from: 'hello@beyondbars.example', to: ['ruth@example.org'] });
    expect(sink.received[0]!.data).toContain(reference);
    expect(sink.received[0]!.data).toContain('Content-Type: text/html');
    expect(await readOutbox()).toEqual([]);
    expect(await readdir(env.outboxDir)).toEqual(['sending']);
    expect(await readdir(path.join(env.outboxDir, 'sending'))).toEqual([]);
  });
});

describe('a sign-up while the mail server is down', () => {
  it('opens the account and gives the usual answer; the confirmation link waits in the outbox, logged', async () => {
    const email = newEmail('offline');
    const state = await signUp({ ok: false }, formData(signUpFields({ email })));

    expect(state).toMatchObject({ ok: true, message: `Check your email: we sent a link to ${email}.` });
    expect(await db.user.findUnique({ where: { email }, select: { emailVerifiedAt: true } })).toEqual({
      emailVerifiedAt: null,
    });
    const lines = await capturedLogLines(runAfterResponse);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', msg: 'mail not sent: will retry' }));
    const waiting = await readOutbox();
    expect(waiting.map((mail) => [mail.to, mail.subject])).toEqual([[email, 'Confirm your email address']]);
    expect(waiting[0]!.file).toMatch(/\.failed1\.eml$/);
  });
});

describe('a review decision while the mail server is down', () => {
  it('is saved and reported done; the email to the submitter waits in the outbox', async () => {
    await submit(validSubmission(facility.id));
    await capturedLogLines(runAfterResponse);
    const profile = await db.profile.findFirstOrThrow();
    await signInAs(await createUser('moderator'));

    const state = await reviewProfile(
      { ok: false },
      formData({ profileId: profile.id, seenStatus: 'pending', op: 'approve' }),
    );
    const lines = await capturedLogLines(runAfterResponse);

    expect(state).toMatchObject({ ok: true });
    expect((await db.profile.findUniqueOrThrow({ where: { id: profile.id } })).status).toBe('published');
    expect(lines).toContainEqual(expect.objectContaining({ msg: 'mail not sent: will retry' }));
    expect((await readOutbox()).map((mail) => mail.subject)).toContain(
      `Listed: your profile submission ${profile.reference}`,
    );
  });
});

describe('a message the mail server accepts', () => {
  it('leaves the outbox right after the response', async () => {
    sink = await startSmtpSink(smtpPort);
    const state = await submit(validSubmission(facility.id));
    expect(await readOutbox()).toHaveLength(1);

    const lines = await capturedLogLines(runAfterResponse);

    expect(lines).toContainEqual(expect.objectContaining({ msg: 'mail sent', requestId: 'req-mail-1' }));
    expect(sink.received.map((mail) => mail.to)).toEqual([['ruth@example.org']]);
    expect(sink.received[0]!.data).toContain(state.result!.reference);
    expect(await readOutbox()).toEqual([]);
  });
});

describe('housekeeping while the mail server is still down', () => {
  it('stops at the first message it cannot hand over, rather than wait on each in turn', async () => {
    await submit(validSubmission(facility.id));
    await submit(validSubmission(facility.id, { submitterEmail: 'dana.sister@example.org' }));
    await capturedLogLines(runAfterResponse);

    const lines = await capturedLogLines(() => runHousekeeping(db, Date.now() + LATER));

    expect(lines.filter((line) => line.msg === 'mail not sent: will retry').map((line) => line.attempts)).toEqual([2]);
    expect((await readOutbox()).map((mail) => mail.file.match(/failed\d/)?.[0]).sort()).toEqual(['failed1', 'failed2']);
  });
});

describe('a message that keeps failing', () => {
  it(`is tried ${MAX_ATTEMPTS} times, then set aside as undeliverable with a log line that says so`, async () => {
    await submit(validSubmission(facility.id));
    const logged = await capturedLogLines(runAfterResponse);
    let now = Date.now();
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt += 1) {
      now += LATER;
      logged.push(...(await capturedLogLines(() => runHousekeeping(db, now))));
    }

    expect(logged.filter((line) => line.msg === 'mail not sent: will retry').map((line) => line.attempts)).toEqual([
      1, 2, 3, 4,
    ]);
    const gaveUp = logged.filter((line) => line.msg === 'mail not sent: gave up');
    expect(gaveUp).toEqual([
      expect.objectContaining({
        level: 'error',
        attempts: MAX_ATTEMPTS,
        file: expect.stringMatching(/^undeliverable\/.*\.failed4\.eml$/),
      }),
    ]);
    expect(await readOutbox()).toEqual([]);
    expect(await readdir(path.join(env.outboxDir, 'undeliverable'))).toHaveLength(1);

    // Nothing is tried again after that.
    sink = await startSmtpSink(smtpPort);
    await capturedLogLines(() => runHousekeeping(db, now + LATER));
    expect(sink.received).toHaveLength(0);
  });
});
