import { beforeEach, describe, expect, it } from 'vitest';
import LetterPage from '@/app/(account)/letters/[id]/page';
import LettersPage from '@/app/(account)/letters/page';
import { db } from '@/lib/db';
import type { ActionState } from '@/lib/forms/action-state';
import { deleteDraft, saveLetter, startLetter, submitLetter } from '@/lib/letters/actions/write';
import { autosaveLetter } from '@/lib/letters/autosave';
import { getLetterForComposer, listOpenLetters } from '@/lib/letters/composer-queries';
import { parseFlags } from '@/lib/letters/screening';
import { facilityData, letterData, profileData, threadData } from '@/prisma/factories';
import { clearAuditLog } from '../support/audit';
import { redirectOf } from '../support/account-area';
import { formData } from '../support/form';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

const HOUR = 60 * 60 * 1000;
const initial: ActionState<never> = { ok: false };

async function verifiedPenPal(overrides: { suspendedAt?: Date } = {}) {
  const user = await createUser('penpal', overrides);
  return db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
}

async function createProfile(overrides: Parameters<typeof profileData>[1] = {}, facility = {}) {
  const created = await db.facility.create({ data: facilityData(facility) });
  return db.profile.create({ data: profileData(created, overrides) });
}

/** A thread and a letter of `userId`'s, a draft unless told otherwise. */
async function letterOf(userId: string, overrides: Parameters<typeof letterData>[1] = {}, profileId?: string) {
  const profile = profileId ?? (await createProfile()).id;
  const thread = await db.thread.create({ data: threadData(userId, profile) });
  return db.letter.create({ data: letterData(thread.id, overrides) });
}

const start = (profileId: string) => startLetter(initial, formData({ profileId }));
const save = (letterId: string, body: string) => saveLetter(initial, formData({ letterId, body }));
const submit = (letterId: string, body = 'Dear Sam,\n\nHello from Oregon.') =>
  submitLetter(initial, formData({ letterId, body }));

/** A letter in `threadId` sent `hoursAgo`: its status and the history row the limits count. */
async function sentIn(threadId: string, hoursAgo: number) {
  const letter = await db.letter.create({ data: letterData(threadId, { status: 'submitted' }) });
  await db.letterEvent.create({
    data: { letterId: letter.id, status: 'submitted', createdAt: new Date(Date.now() - hoursAgo * HOUR) },
  });
  return letter;
}

beforeEach(async () => {
  await clearAuditLog();
  await db.thread.deleteMany();
  await db.setting.deleteMany();
});

describe('starting a letter from a profile', () => {
  it('creates the thread with a reply code and a draft, and opens the same draft the second time', async () => {
    const penPal = await verifiedPenPal();
    const profile = await createProfile();
    await signInAs(penPal);
    const first = await redirectOf(start(profile.id));
    const thread = await db.thread.findUniqueOrThrow({
      where: { userId_profileId: { userId: penPal.id, profileId: profile.id } },
      include: { letters: { include: { events: true } } },
    });
    expect(thread.replyCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z*~$=]{4}$/);
    expect(thread.letters).toHaveLength(1);
    expect(thread.letters[0]).toMatchObject({ status: 'draft', body: '' });
    expect(thread.letters[0]!.events.map((event) => event.status)).toEqual(['draft']);
    expect(first).toBe(`/letters/${thread.letters[0]!.id}`);
    expect(await redirectOf(start(profile.id))).toBe(first);
    expect(await db.letter.count()).toBe(1);
  });

  it('lets a pen pal who has not confirmed the address start a draft: only sending waits for it', async () => {
    const unverified = await createUser('penpal');
    const profile = await createProfile();
    await signInAs(unverified);
    const opened = await redirectOf(start(profile.id));
    const draft = await db.letter.findFirstOrThrow({ where: { thread: { userId: unverified.id } } });
    expect(opened).toBe(`/letters/${draft.id}`);
    expect(draft.status).toBe('draft');
    expect(await submit(draft.id)).toMatchObject({ ok: false, message: expect.stringMatching(/confirm your email/i) });
    expect((await db.letter.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('draft');
  });

  it('refuses a paused or unlisted person and a stopped thread, creating nothing', async () => {
    const penPal = await verifiedPenPal();
    await signInAs(penPal);
    const paused = await createProfile({ displayName: 'Paused P.', lettersPausedAt: new Date() });
    expect((await start(paused.id)).message).toMatch(/letters to Paused P\. are paused while we check their address/i);
    const unlisted = await createProfile({ status: 'released' });
    expect((await start(unlisted.id)).message).toMatch(/no longer listed/);
    const postcards = await createProfile({}, { postcardsOnly: true });
    expect((await start(postcards.id)).message).toMatch(/postcards only/);
    expect(await db.thread.count()).toBe(0);

    const stopped = await createProfile();
    await db.thread.create({ data: threadData(penPal.id, stopped.id, { stoppedAt: new Date() }) });
    expect((await start(stopped.id)).message).toMatch(/You stopped writing/);
    expect(await db.letter.count()).toBe(0);
  });
});

describe('saving a draft', () => {
  it('keeps the text, however long the pen pal takes', async () => {
    const penPal = await verifiedPenPal();
    const letter = await letterOf(penPal.id);
    await signInAs(penPal);
    const state = await save(letter.id, 'Dear Sam,\n\nA first line.');
    expect(state).toMatchObject({ ok: true, result: { savedAt: expect.any(String) } });
    expect((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).body).toBe('Dear Sam,\n\nA first line.');
  });

  it('refuses more than 9,000 characters and echoes them back', async () => {
    const penPal = await verifiedPenPal();
    const letter = await letterOf(penPal.id);
    await signInAs(penPal);
    const long = 'a'.repeat(9001);
    const state = await save(letter.id, long);
    expect(state.fieldErrors?.body?.[0]).toMatch(/9,000 characters/);
    expect(state.values?.body).toBe(long);
    expect((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).body).toBe(letter.body);
  });
});

describe('sending', () => {
  it('moves the letter into screening with its flags, history, sheets, audit entry and thread activity', async () => {
    const penPal = await verifiedPenPal();
    const letter = await letterOf(penPal.id);
    await db.setting.create({ data: { key: 'screening', value: JSON.stringify({ letterWords: ['darn'] }) } });
    await signInAs(penPal);
    const body = 'Dear Sam,\n\nCall me at 503-555-0199, darn it.';
    expect(await redirectOf(submit(letter.id, `  ${body}\n`))).toBe(`/letters/${letter.id}?sent=1`);
    const sent = await db.letter.findUniqueOrThrow({
      where: { id: letter.id },
      include: { events: true, thread: true },
    });
    expect(sent).toMatchObject({ status: 'submitted', body, sheets: 1 });
    expect(sent.submittedAt).not.toBeNull();
    expect(parseFlags(sent.flags).map((flag) => flag.code)).toEqual(['phone', 'explicit']);
    expect(sent.events.map((event) => event.status)).toEqual(['submitted']);
    expect(sent.events[0]!.actorId).toBe(penPal.id);
    expect(sent.thread.lastActivityAt.getTime()).toBe(sent.submittedAt!.getTime());
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'letter.submit' } });
    expect(audit).toMatchObject({ targetId: letter.id, actorId: penPal.id });
    expect(JSON.parse(audit.detail)).toEqual({ resubmission: false, flags: ['phone', 'explicit'] });
    expect(request.revalidated).toContain('/letters');

    // Sent once: a second press (another tab) changes nothing.
    expect((await submit(letter.id)).message).toMatch(/already been sent/);
    expect(await db.letterEvent.count({ where: { letterId: letter.id } })).toBe(1);
  });

  it('refuses an empty or too long letter, keeping what was typed', async () => {
    const penPal = await verifiedPenPal();
    const letter = await letterOf(penPal.id);
    await signInAs(penPal);
    expect((await submit(letter.id, '   ')).fieldErrors?.body).toEqual(['Please write your letter first.']);
    const long = 'b'.repeat(9001);
    const state = await submit(letter.id, long);
    expect(state.fieldErrors?.body?.[0]).toMatch(/9,000/);
    expect(state.values?.body).toBe(long);
    expect((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).status).toBe('draft');
  });

  it('refuses an unverified pen pal with a clear message and keeps the draft', async () => {
    const penPal = await createUser('penpal');
    const letter = await letterOf(penPal.id);
    await signInAs(penPal);
    const state = await submit(letter.id, 'Kept, not sent.');
    expect(state).toMatchObject({ ok: false, message: expect.stringMatching(/confirm your email address/i) });
    expect(state.values?.body).toBe('Kept, not sent.');
    expect(await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({
      status: 'draft',
      body: 'Kept, not sent.',
    });
    expect(await db.auditEntry.count()).toBe(0);
  });

  it.each([
    ['paused', { lettersPausedAt: new Date() }, /paused while we check their address/],
    ['unlisted', { status: 'released' as const }, /no longer listed/],
  ])('refuses a letter to a %s person and keeps the draft', async (_what, overrides, message) => {
    const penPal = await verifiedPenPal();
    const profile = await createProfile(overrides);
    const letter = await letterOf(penPal.id, {}, profile.id);
    await signInAs(penPal);
    const state = await submit(letter.id, 'Still here.');
    expect(state.message).toMatch(message);
    expect(await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({
      status: 'draft',
      body: 'Still here.',
    });
  });

  it('refuses a letter in a stopped thread', async () => {
    const penPal = await verifiedPenPal();
    const letter = await letterOf(penPal.id);
    await db.thread.update({ where: { id: letter.threadId }, data: { stoppedAt: new Date() } });
    await signInAs(penPal);
    expect((await submit(letter.id)).message).toMatch(/You stopped writing/);
    expect((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).status).toBe('draft');
  });
});

describe('the daily limits', () => {
  it('allow three letters a day, counting only the last 24 hours', async () => {
    const penPal = await verifiedPenPal();
    const started = await letterOf(penPal.id, { status: 'submitted' });
    await sentIn(started.threadId, 30);
    await sentIn(started.threadId, 20);
    await sentIn(started.threadId, 2);
    await signInAs(penPal);
    // Two in the window (20 and 2 hours ago) in a thread started before it: one more may go.
    const third = await db.letter.create({ data: letterData(started.threadId) });
    expect(await redirectOf(submit(third.id))).toContain('?sent=1');
    const fourth = await db.letter.create({ data: letterData(started.threadId) });
    const refused = await submit(fourth.id, 'One too many.');
    expect(refused.message).toMatch(/You have sent 3 letters in the last 24 hours/);
    expect(await db.letter.findUniqueOrThrow({ where: { id: fourth.id } })).toMatchObject({
      status: 'draft',
      body: 'One too many.',
    });
  });

  it('allow one first letter a day to someone new, and read the limits from settings', async () => {
    const penPal = await verifiedPenPal();
    await signInAs(penPal);
    const first = await letterOf(penPal.id);
    expect(await redirectOf(submit(first.id))).toContain('?sent=1');
    const second = await letterOf(penPal.id);
    expect((await submit(second.id)).message).toMatch(/start writing to 1 new person a day/);

    await db.setting.create({ data: { key: 'letters', value: JSON.stringify({ perDay: 5, firstPerDay: 2 }) } });
    expect(await redirectOf(submit(second.id))).toContain('?sent=1');
  });

  it('let a letter sent back for changes go again, keeping its history, whatever the count', async () => {
    const penPal = await verifiedPenPal();
    await db.setting.create({ data: { key: 'letters', value: JSON.stringify({ perDay: 1, firstPerDay: 1 }) } });
    const letter = await letterOf(penPal.id, { status: 'changes_requested' });
    await db.letterEvent.create({
      data: { letterId: letter.id, status: 'submitted', createdAt: new Date(Date.now() - HOUR) },
    });
    await db.letterEvent.create({ data: { letterId: letter.id, status: 'changes_requested', reasonCode: 'money' } });
    await signInAs(penPal);
    expect(await redirectOf(submit(letter.id, 'Fixed: nothing about money now.'))).toContain('?sent=1');
    const events = await db.letterEvent.findMany({ where: { letterId: letter.id }, orderBy: { createdAt: 'asc' } });
    expect(events.map((event) => event.status)).toEqual(['submitted', 'changes_requested', 'submitted']);
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: 'letter.submit' } });
    expect(JSON.parse(audit.detail).resubmission).toBe(true);
  });
});

describe('drafts', () => {
  it('lists the pen pal’s drafts and letters sent back, not sent ones or anyone else’s', async () => {
    const penPal = await verifiedPenPal();
    const other = await verifiedPenPal();
    const profile = await createProfile({ displayName: 'Rosa M.' });
    const draft = await letterOf(penPal.id, {}, profile.id);
    const back = await letterOf(penPal.id, { status: 'changes_requested' });
    await letterOf(penPal.id, { status: 'submitted' });
    await letterOf(other.id);
    const listed = await listOpenLetters(penPal);
    expect(listed.map((letter) => letter.id)).toEqual([back.id, draft.id]);
    expect(listed[1]!.thread.profile.displayName).toBe('Rosa M.');
  });

  it('deletes a draft and its empty thread, never a letter that was sent', async () => {
    const penPal = await verifiedPenPal();
    const draft = await letterOf(penPal.id);
    const sent = await letterOf(penPal.id, { status: 'submitted' });
    await signInAs(penPal);
    expect(await redirectOf(deleteDraft(initial, formData({ letterId: draft.id })))).toBe('/letters?deleted=1');
    expect(await db.letter.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await db.thread.findUnique({ where: { id: draft.threadId } })).toBeNull();
    expect((await deleteDraft(initial, formData({ letterId: sent.id }))).ok).toBe(false);
    expect(await db.letter.findUnique({ where: { id: sent.id } })).not.toBeNull();
  });
});

describe('autosave', () => {
  const ORIGIN = 'http://localhost:3000';

  function autosave(letterId: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
    const body = new URLSearchParams(fields).toString();
    return autosaveLetter(
      new Request(`${ORIGIN}/letters/${letterId}/draft`, {
        method: 'POST',
        body,
        headers: {
          host: 'localhost:3000',
          origin: ORIGIN,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(Buffer.byteLength(body)),
          ...headers,
        },
      }),
      letterId,
    );
  }

  it('saves the owner’s draft over the version the tab saw, and answers 409 when a newer copy exists', async () => {
    const penPal = await verifiedPenPal();
    const letter = await letterOf(penPal.id);
    await signInAs(penPal);
    const response = await autosave(letter.id, { body: 'Typed on the laptop.', base: letter.updatedAt.toISOString() });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const { savedAt } = (await response.json()) as { savedAt: string };
    expect(await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).toMatchObject({
      body: 'Typed on the laptop.',
      updatedAt: new Date(savedAt),
    });

    // The phone still holds the first version: it is told, and overwrites nothing.
    const stale = await autosave(letter.id, { body: 'Typed on the phone.', base: letter.updatedAt.toISOString() });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({ error: 'newer', savedAt });
    expect((await db.letter.findUniqueOrThrow({ where: { id: letter.id } })).body).toBe('Typed on the laptop.');
  });

  it('refuses a sent letter, a signed-out caller, another pen pal, a foreign origin and an oversized body', async () => {
    const owner = await verifiedPenPal();
    const draft = await letterOf(owner.id);
    const sent = await letterOf(owner.id, { status: 'submitted' });
    const base = draft.updatedAt.toISOString();
    const attempt = { body: 'Hijacked', base };

    expect((await autosave(draft.id, attempt)).status).toBe(401);
    await signInAs(owner);
    expect((await autosave(sent.id, { body: 'Hijacked', base: sent.updatedAt.toISOString() })).status).toBe(409);
    expect((await autosave(draft.id, attempt, { origin: 'https://evil.example' })).status).toBe(403);
    const noOrigin = new Headers({ host: 'localhost:3000' });
    expect(
      (
        await autosaveLetter(
          new Request(`${ORIGIN}/letters/${draft.id}/draft`, { method: 'POST', body: 'body=x', headers: noOrigin }),
          draft.id,
        )
      ).status,
    ).toBe(403);
    expect((await autosave(draft.id, { body: 'c'.repeat(9001), base })).status).toBe(413);
    expect((await autosave(draft.id, { body: 'x', base }, { 'content-length': String(10 * 1024 * 1024) })).status).toBe(
      413,
    );
    expect((await autosave(draft.id, { body: 'no version' })).status).toBe(400);

    await signInAs(await verifiedPenPal());
    expect((await autosave(draft.id, attempt)).status).toBe(404);

    const rows = await db.letter.findMany({ where: { id: { in: [draft.id, sent.id] } }, orderBy: { id: 'asc' } });
    expect(rows.map((row) => row.body)).not.toContain('Hijacked');
    expect(rows.map((row) => row.body).sort()).toEqual([draft.body, sent.body].sort());
  });
});

describe('another pen pal’s letter', () => {
  it('reads as nothing in the composer and is changed by no action', async () => {
    const owner = await verifiedPenPal();
    const draft = await letterOf(owner.id, { body: 'Private words.' });
    const sentBack = await letterOf(owner.id, { status: 'changes_requested', body: 'Sent back.' });
    const before = await db.letter.findMany({ orderBy: { id: 'asc' } });
    const intruder = await verifiedPenPal();
    await signInAs(intruder);

    expect(await getLetterForComposer(intruder, draft.id)).toBeNull();
    expect(await getLetterForComposer(intruder, sentBack.id)).toBeNull();
    expect(await listOpenLetters(intruder)).toEqual([]);
    for (const letter of [draft, sentBack]) {
      expect((await save(letter.id, 'Hijacked')).message).toBe('That letter could not be found.');
      expect((await submit(letter.id, 'Hijacked')).message).toBe('That letter could not be found.');
      expect((await deleteDraft(initial, formData({ letterId: letter.id }))).ok).toBe(false);
    }
    expect(await db.letter.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
    expect(await db.letterEvent.count()).toBe(0);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('is a 404 page for another pen pal and for staff, and asks a visitor to sign in', async () => {
    const owner = await verifiedPenPal();
    const draft = await letterOf(owner.id);
    const open = () => LetterPage({ params: Promise.resolve({ id: draft.id }), searchParams: Promise.resolve({}) });
    const notFound = { digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) };
    expect(await redirectOf(open())).toBe(`/signin?next=%2Fletters%2F${draft.id}`);
    await signInAs(await verifiedPenPal());
    await expect(open()).rejects.toMatchObject(notFound);
    await signInAs(await createUser('moderator'));
    await expect(open()).rejects.toMatchObject(notFound);
    await signInAs(owner);
    await expect(open()).resolves.toBeTruthy();
    await expect(LettersPage({ searchParams: Promise.resolve({}) })).resolves.toBeTruthy();
  });

  it('is found by its owner', async () => {
    const owner = await verifiedPenPal();
    const draft = await letterOf(owner.id);
    expect((await getLetterForComposer(owner, draft.id))?.id).toBe(draft.id);
  });
});
