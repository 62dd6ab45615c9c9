import { describe, expect, it } from 'vitest';
import { bodyTooLarge } from '@/lib/request/body-limit';
import { newReplyCode } from '@/lib/letters/reply-code';
import { receivedOnSchema, recordReplySchema, reportThreadItemSchema } from '@/lib/letters/replies-schema';
import { fillClosingLetter, waitingForReplySince } from '@/lib/letters/threads';
import { replyArrivedMail } from '@/lib/mail/templates/letters-replies';
import { defaultSettings } from '@/lib/settings/schema';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-28T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

describe('waitingForReplySince ("did they get it?")', () => {
  const posted = (days: number) => ({ status: 'posted' as const, postedAt: daysAgo(days) });

  it('speaks up once the last posted letter is older than the no-reply days and nothing came back since', () => {
    expect(waitingForReplySince([posted(40), posted(22)], [], 21, now)).toEqual(daysAgo(22));
  });

  it('stays quiet before the no-reply days have passed', () => {
    expect(waitingForReplySince([posted(40), posted(20)], [], 21, now)).toBeNull();
  });

  it('stays quiet when a reply arrived after the last posted letter, not when it answered an earlier one', () => {
    expect(waitingForReplySince([posted(30)], [{ receivedAt: daysAgo(5) }], 21, now)).toBeNull();
    expect(waitingForReplySince([posted(30)], [{ receivedAt: daysAgo(35) }], 21, now)).toEqual(daysAgo(30));
  });

  it('counts only letters that were posted: drafts, letters in screening or returned ones ask nothing', () => {
    const others = [
      { status: 'draft' as const, postedAt: null },
      { status: 'submitted' as const, postedAt: null },
      { status: 'returned' as const, postedAt: daysAgo(60) },
    ];
    expect(waitingForReplySince(others, [], 21, now)).toBeNull();
  });
});

describe('fillClosingLetter', () => {
  it('fills every placeholder, however often it appears, and leaves other braces as written', () => {
    const letter = fillClosingLetter('Dear {name},\n{penPal} wrote to {name}. {unknown}\n{program}', {
      name: 'Marcus T.',
      penPal: 'Robin',
      program: 'Beyond Bars',
    });
    expect(letter).toBe('Dear Marcus T.,\nRobin wrote to Marcus T.. {unknown}\nBeyond Bars');
  });
});

describe('recordReplySchema', () => {
  it('takes a code however it was copied and gives its printed form', () => {
    const code = newReplyCode();
    const typed = code.toLowerCase().replace('-', ' ');
    const parsed = recordReplySchema.parse({ code: typed, body: 'Hello', receivedOn: '2026-11-01' });
    expect(parsed.code).toBe(code);
  });

  it('refuses a code with a miscopied character, so no reply is filed in the wrong thread', () => {
    const code = newReplyCode();
    const wrong = (code[0] === 'A' ? 'B' : 'A') + code.slice(1);
    const result = recordReplySchema.safeParse({ code: wrong, receivedOn: '2026-11-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/not a valid reply code/);
  });

  it('refuses a date received in the future, and takes today', () => {
    const tomorrow = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
    expect(receivedOnSchema.safeParse(tomorrow).success).toBe(false);
    expect(receivedOnSchema.safeParse(new Date().toISOString().slice(0, 10)).success).toBe(true);
    expect(receivedOnSchema.safeParse('28/11/2026').success).toBe(false);
  });
});

describe('reportThreadItemSchema', () => {
  const fields = { reason: 'scam', details: 'Asked me to send money to a cousin.' };
  it('takes a letter or a reply, never both or neither', () => {
    expect(reportThreadItemSchema.safeParse({ ...fields, letterId: 'l1' }).success).toBe(true);
    expect(reportThreadItemSchema.safeParse({ ...fields, replyId: 'r1' }).success).toBe(true);
    expect(reportThreadItemSchema.safeParse({ ...fields, letterId: 'l1', replyId: 'r1' }).success).toBe(false);
    expect(reportThreadItemSchema.safeParse(fields).success).toBe(false);
  });
});

describe('the intake form’s body limit', () => {
  it('lets several 10 MB scans through to intake and nowhere else, and refuses more than 25 MB', () => {
    const mb = (n: number) => String(n * 1024 * 1024);
    expect(bodyTooLarge('/admin/letters/intake', mb(24))).toBe(false);
    expect(bodyTooLarge('/admin/letters/intake', mb(26))).toBe(true);
    expect(bodyTooLarge('/admin/letters/intake/other', mb(2))).toBe(true);
    expect(bodyTooLarge('/admin/profiles', mb(2))).toBe(true);
  });
});

describe('replyArrivedMail', () => {
  it('names the person and links to the thread, without the reply or the name in the subject', () => {
    const mail = replyArrivedMail(defaultSettings(), { threadId: 't1', from: 'Marcus <T.>', penPalName: 'Robin' });
    expect(mail.subject).toBe('A reply to your letters has arrived');
    expect(mail.text).toContain('A reply from Marcus <T.> has arrived');
    expect(mail.text).toMatch(/\/inbox\/t1\n/);
    expect(mail.html).toContain('Marcus &lt;T.&gt;');
  });
});
