import { readdir, rm } from 'node:fs/promises';
import sharp from 'sharp';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { deliverReply, withholdReply } from '@/lib/letters/actions/held-replies';
import { recordReply } from '@/lib/letters/actions/intake';
import { findThreadForIntake, heldReplyCount, listHeldReplies } from '@/lib/letters/intake-queries';
import { readScan, scansFolder } from '@/lib/letters/reply-scans';
import { readOutbox } from '@/lib/mail/send';
import { clearAuditLog } from '../support/audit';
import { formData } from '../support/form';
import { pdfPage, scannedPage, threadWithPostedLetter } from '../support/letter-threads';
import { request } from '../support/request';
import { createUser, signInAs } from '../support/users';

// The screening rules are the writing work's; here a reply that mentions "send money" is flagged, as the real rules
// will flag it, so what is tested is what intake does with a flag, whatever the rules become.
vi.mock('@/lib/letters/screening', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/letters/screening')>();
  return {
    ...actual,
    screenText: (text: string) => {
      const start = text.toLowerCase().indexOf('send money');
      return start === -1 ? [] : [{ code: 'money', start, end: start + 10 }];
    },
  };
});

const initial = { ok: false };

function intake(fields: Record<string, string>, files: File[] = []) {
  const data = formData(fields);
  for (const file of files) data.append('scans', file);
  return recordReply(initial, data);
}

const today = () => new Date().toISOString().slice(0, 10);

async function storedScanFiles(): Promise<string[]> {
  return readdir(scansFolder()).catch(() => []);
}

beforeEach(async () => {
  await rm(env.outboxDir, { recursive: true, force: true });
  await rm(scansFolder(), { recursive: true, force: true });
  await db.thread.deleteMany();
  await clearAuditLog();
});

describe('recordReply', () => {
  it('files a typed reply with a scanned page by its code, delivers it, and emails the pen pal without the text', async () => {
    const { thread, penPal, profile } = await threadWithPostedLetter();
    const mailroom = await createUser('mailroom');
    await signInAs(mailroom);
    const state = await intake(
      {
        code: thread.replyCode.toLowerCase().replace('-', ' '),
        body: 'Dear Robin, the tomatoes sound wonderful.',
        receivedOn: today(),
      },
      [await scannedPage()],
    );
    expect(state).toMatchObject({ ok: true, result: { held: false } });

    const reply = await db.reply.findFirstOrThrow({ where: { threadId: thread.id }, include: { scans: true } });
    expect(reply).toMatchObject({ status: 'delivered', enteredById: mailroom.id, readAt: null, flags: '[]' });
    expect(reply.scans).toHaveLength(1);
    expect(reply.scans[0]).toMatchObject({ mimeType: 'image/webp', position: 0 });
    // Re-encoded without the camera's metadata.
    const stored = await readScan(reply.scans[0]!.fileName);
    const meta = await sharp(stored!).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();

    const updated = await db.thread.findUniqueOrThrow({ where: { id: thread.id } });
    expect(updated.lastActivityAt.getTime()).toBeGreaterThan(thread.lastActivityAt.getTime());
    expect(await db.auditEntry.findMany({ select: { action: true, targetId: true } })).toEqual([
      { action: 'reply.record', targetId: reply.id },
    ]);
    const mail = await readOutbox();
    const sent = mail.find((message) => message.to === penPal.email)!;
    expect(sent.text).toContain(`A reply from ${profile.displayName} has arrived`);
    expect(sent.text).toContain(`/inbox/${thread.id}`);
    expect(sent.text).not.toContain('tomatoes');
  });

  it('keeps a PDF as it is', async () => {
    const { thread } = await threadWithPostedLetter();
    await signInAs(await createUser('mailroom'));
    expect((await intake({ code: thread.replyCode, body: '', receivedOn: today() }, [pdfPage()])).ok).toBe(true);
    const scan = await db.replyScan.findFirstOrThrow();
    expect(scan.mimeType).toBe('application/pdf');
    expect((await readScan(scan.fileName))!.toString('latin1')).toBe(await pdfPage().text());
  });

  it('catches a miscopied code with a field error and files nothing', async () => {
    const { thread } = await threadWithPostedLetter();
    await signInAs(await createUser('mailroom'));
    const wrong = (thread.replyCode[0] === 'A' ? 'B' : 'A') + thread.replyCode.slice(1);
    const state = await intake({ code: wrong, body: 'Hello there', receivedOn: today() }, [await scannedPage()]);
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.code?.[0]).toMatch(/not a valid reply code/);
    // Files cannot come back in a form: the summary says so.
    expect(state.fieldErrors?.scans?.[0]).toMatch(/choose the scanned pages again/);
    expect(state.values).toMatchObject({ body: 'Hello there', code: wrong });
    expect(await db.reply.count()).toBe(0);
    expect(await storedScanFiles()).toEqual([]);
  });

  it('answers a valid code that no letter carries with a field error', async () => {
    await threadWithPostedLetter();
    await signInAs(await createUser('mailroom'));
    const state = await intake({ code: 'K7M2-Q9X', body: 'Hi', receivedOn: today() });
    expect(state.fieldErrors?.code).toBeDefined();
    expect(await db.reply.count()).toBe(0);
  });

  it('refuses files that are not JPEG, PNG or PDF by their content, whatever their name says', async () => {
    const { thread } = await threadWithPostedLetter();
    await signInAs(await createUser('mailroom'));
    const fake = new File(['<html>not a scan</html>'], 'page.jpg', { type: 'image/jpeg' });
    const gif = new File([Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')], 'page.pdf');
    const state = await intake({ code: thread.replyCode, body: 'Hi', receivedOn: today() }, [fake, gif]);
    expect(state.fieldErrors?.scans).toEqual([
      '“page.jpg” is not a JPEG, PNG or PDF file.',
      '“page.pdf” is not a JPEG, PNG or PDF file.',
    ]);
    expect(await db.reply.count()).toBe(0);
    expect(await storedScanFiles()).toEqual([]);
  });

  it('asks for text or scans, and refuses a date in the future', async () => {
    const { thread } = await threadWithPostedLetter();
    await signInAs(await createUser('mailroom'));
    const future = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const state = await intake({ code: thread.replyCode, body: ' ', receivedOn: future });
    expect(Object.keys(state.fieldErrors ?? {}).sort()).toEqual(['receivedOn']);
    const empty = await intake({ code: thread.replyCode, body: ' ', receivedOn: today() });
    expect(empty.fieldErrors?.body?.[0]).toMatch(/Type the reply, or attach/);
    expect(await db.reply.count()).toBe(0);
  });

  it('holds a reply whose screening found flags: not delivered, no email, thread not touched', async () => {
    const { thread } = await threadWithPostedLetter();
    await signInAs(await createUser('mailroom'));
    const state = await intake({
      code: thread.replyCode,
      body: 'Please send money to my cousin through the app.',
      receivedOn: today(),
    });
    expect(state).toMatchObject({ ok: true, result: { held: true } });
    const reply = await db.reply.findFirstOrThrow();
    expect(reply.status).toBe('screening');
    expect(JSON.parse(reply.flags)).toEqual([{ code: 'money', start: 7, end: 17 }]);
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).lastActivityAt).toEqual(
      thread.lastActivityAt,
    );
    expect(await readOutbox()).toEqual([]);
    // The mailroom learns that one is held, not what it says.
    expect(await heldReplyCount()).toBe(1);
    await expect(listHeldReplies()).rejects.toThrow();
  });
});

describe('held replies', () => {
  async function heldReply() {
    const made = await threadWithPostedLetter();
    const reply = await db.reply.create({
      data: {
        threadId: made.thread.id,
        body: 'Can you send money for my commissary?',
        status: 'screening',
        flags: JSON.stringify([{ code: 'money', start: 8, end: 18 }]),
        receivedAt: new Date(),
      },
    });
    return { ...made, reply };
  }

  it('are listed for a moderator with their flags, and delivered: the pen pal sees it and is emailed', async () => {
    const { reply, penPal } = await heldReply();
    await signInAs(await createUser('moderator'));
    expect(await listHeldReplies()).toEqual([
      expect.objectContaining({ id: reply.id, flags: [{ code: 'money', start: 8, end: 18 }] }),
    ]);
    expect((await deliverReply(initial, formData({ replyId: reply.id }))).ok).toBe(true);
    expect((await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).status).toBe('delivered');
    expect((await readOutbox()).map((mail) => mail.to)).toEqual([penPal.email]);
    expect((await db.auditEntry.findFirstOrThrow()).action).toBe('reply.deliver');
    // A second moderator deciding at the same moment changes nothing.
    expect((await withholdReply(initial, formData({ replyId: reply.id, reason: 'Scam' }))).ok).toBe(false);
    expect((await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).status).toBe('delivered');
  });

  it('are withheld with a reason kept in the audit log; the pen pal hears nothing', async () => {
    const { reply } = await heldReply();
    await signInAs(await createUser('admin'));
    const missing = await withholdReply(initial, formData({ replyId: reply.id, reason: '' }));
    expect(missing.fieldErrors?.reason).toBeDefined();
    expect((await withholdReply(initial, formData({ replyId: reply.id, reason: 'Asks for money' }))).ok).toBe(true);
    expect((await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).status).toBe('withheld');
    const audit = await db.auditEntry.findFirstOrThrow();
    expect(audit).toMatchObject({ action: 'reply.withhold', targetId: reply.id });
    expect(JSON.parse(audit.detail)).toEqual({ reason: 'Asks for money' });
    expect(await readOutbox()).toEqual([]);
    expect(request.revalidated).toContain('/admin/letters/intake');
  });
});

describe('findThreadForIntake', () => {
  it('shows whom a reply is from and to by display names only', async () => {
    const { thread, penPal, profile } = await threadWithPostedLetter();
    await signInAs(await createUser('mailroom'));
    expect(await findThreadForIntake(thread.replyCode)).toEqual({
      threadId: thread.id,
      code: thread.replyCode,
      from: profile.displayName,
      to: penPal.name,
      stopped: false,
    });
  });

  it('is refused to a pen pal and to a signed-out visitor', async () => {
    const { thread } = await threadWithPostedLetter();
    await expect(findThreadForIntake(thread.replyCode)).rejects.toThrow(/sign in/i);
    await signInAs(await createUser('penpal'));
    await expect(findThreadForIntake(thread.replyCode)).rejects.toThrow(/permission/i);
  });
});
