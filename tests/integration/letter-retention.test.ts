import { readdir, rm } from 'node:fs/promises';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { runHousekeeping } from '@/lib/housekeeping';
import { checkScan, scansFolder, storeScan } from '@/lib/letters/reply-scans';
import { eraseExpiredLetters, RETENTION_ACTOR, retentionCutoff } from '@/lib/letters/retention';
import { letterData } from '@/prisma/factories';
import { clearAuditLog } from '../support/audit';
import { scannedPage, threadWithPostedLetter } from '../support/letter-threads';

const DAY = 24 * 60 * 60 * 1000;
const MONTH = 31 * DAY;

/** A thread with a posted letter, an approved one still to print, a delivered reply with a scan, idle `idleMs`. */
async function threadIdleFor(idleMs: number) {
  const made = await threadWithPostedLetter(10);
  const checked = await checkScan(await scannedPage());
  if (!checked.ok) throw new Error(checked.error);
  const stored = await storeScan(checked);
  const reply = await db.reply.create({
    data: {
      threadId: made.thread.id,
      body: 'The garden here is small.',
      flags: '[{"code":"phone-number","start":0,"end":3}]',
      receivedAt: new Date(Date.now() - 5 * DAY),
      scans: { create: [{ ...stored, position: 0 }] },
    },
  });
  const waiting = await db.letter.create({
    data: letterData(made.thread.id, { status: 'approved', submittedAt: new Date(), sheets: 1 }),
  });
  await db.thread.update({ where: { id: made.thread.id }, data: { lastActivityAt: new Date(Date.now() - idleMs) } });
  return { ...made, reply, waiting, fileName: stored.fileName };
}

async function storedScanFiles() {
  return readdir(scansFolder()).catch(() => [] as string[]);
}

beforeEach(async () => {
  await rm(scansFolder(), { recursive: true, force: true });
  await db.thread.deleteMany();
  await clearAuditLog();
});

describe('retentionCutoff', () => {
  it('is the same moment the given number of calendar months earlier', () => {
    expect(retentionCutoff(24, new Date('2026-11-29T10:00:00Z')).toISOString()).toBe('2024-11-29T10:00:00.000Z');
    expect(retentionCutoff(1, new Date('2026-03-15T00:00:00Z')).toISOString()).toBe('2026-02-15T00:00:00.000Z');
  });
});

describe('erasing letters past the retention period', () => {
  it('erases an idle thread’s letter and reply text and its scans, keeping the rows, dates and history', async () => {
    const old = await threadIdleFor(25 * MONTH);
    const recent = await threadIdleFor(23 * MONTH);
    expect((await storedScanFiles()).sort()).toEqual([old.fileName, recent.fileName].sort());

    const result = await eraseExpiredLetters(db, 24);
    expect(result).toEqual({ threads: 1, letters: 1, replies: 1, scans: 1, drafts: 0 });

    const letter = await db.letter.findUniqueOrThrow({ where: { id: old.letter.id }, include: { events: true } });
    expect(letter).toMatchObject({ body: '', flags: '[]', status: 'posted', sheets: 1 });
    expect(letter.erasedAt).toBeInstanceOf(Date);
    expect(letter.postedAt).toEqual(old.letter.postedAt);
    expect(letter.events.map((event) => event.status).sort()).toEqual(['approved', 'posted', 'printed', 'submitted']);
    const reply = await db.reply.findUniqueOrThrow({ where: { id: old.reply.id }, include: { scans: true } });
    expect(reply).toMatchObject({ body: '', flags: '[]', status: 'delivered', scans: [] });
    expect(reply.erasedAt).toBeInstanceOf(Date);
    expect(reply.receivedAt).toEqual(old.reply.receivedAt);
    // A letter still to be printed keeps its text: it has yet to go out.
    expect(await db.letter.findUniqueOrThrow({ where: { id: old.waiting.id } })).toMatchObject({
      body: old.waiting.body,
      erasedAt: null,
    });
    expect(await storedScanFiles()).toEqual([recent.fileName]);

    // The recent thread is untouched.
    expect(await db.letter.findUniqueOrThrow({ where: { id: recent.letter.id } })).toMatchObject({
      body: recent.letter.body,
      erasedAt: null,
    });
    expect(await db.reply.findUniqueOrThrow({ where: { id: recent.reply.id } })).toMatchObject({
      body: 'The garden here is small.',
      erasedAt: null,
    });
    expect(await db.replyScan.count({ where: { replyId: recent.reply.id } })).toBe(1);

    // One audit entry for the erased thread, saying what went and never what it said.
    const entries = await db.auditEntry.findMany({ where: { action: 'thread.erase' } });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: null, actorEmail: RETENTION_ACTOR, targetId: old.thread.id });
    expect(JSON.parse(entries[0]!.detail)).toEqual({ months: 24, letters: 1, replies: 1, scans: 1 });
    expect(entries[0]!.detail).not.toContain('garden');
  });

  it('does nothing more when run again', async () => {
    const old = await threadIdleFor(30 * MONTH);
    await eraseExpiredLetters(db, 24);
    const erasedAt = (await db.letter.findUniqueOrThrow({ where: { id: old.letter.id } })).erasedAt;

    expect(await eraseExpiredLetters(db, 24, new Date(Date.now() + DAY))).toEqual({
      threads: 0,
      letters: 0,
      replies: 0,
      scans: 0,
      drafts: 0,
    });
    expect((await db.letter.findUniqueOrThrow({ where: { id: old.letter.id } })).erasedAt).toEqual(erasedAt);
    expect(await db.auditEntry.count({ where: { action: 'thread.erase' } })).toBe(1);
  });

  it('deletes drafts untouched for the period, in any thread, and keeps newer ones', async () => {
    const { thread } = await threadWithPostedLetter(3);
    const stale = await db.letter.create({
      data: letterData(thread.id, {
        createdAt: new Date(Date.now() - 26 * MONTH),
        updatedAt: new Date(Date.now() - 25 * MONTH),
      }),
    });
    const fresh = await db.letter.create({ data: letterData(thread.id) });

    expect(await eraseExpiredLetters(db, 24)).toMatchObject({ drafts: 1, threads: 0 });
    expect(await db.letter.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.letter.findUnique({ where: { id: fresh.id } })).not.toBeNull();
  });

  it('follows the retention setting an admin changed, when housekeeping runs', async () => {
    const old = await threadIdleFor(7 * MONTH);
    await db.setting.create({ data: { key: 'retention', value: JSON.stringify({ letterMonths: 6 }) } });

    const result = await runHousekeeping(db);
    expect(result.letters).toMatchObject({ threads: 1, letters: 1, replies: 1, scans: 1 });
    expect(await db.letter.findUniqueOrThrow({ where: { id: old.letter.id } })).toMatchObject({ body: '' });
  });
});
