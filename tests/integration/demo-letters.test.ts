import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { parseReplyCode } from '@/lib/letters/reply-code';
import { demoReplyCode } from '@/prisma/demo-letters';
import { demoUsers } from '@/prisma/factories';
import { seedDemo } from '@/prisma/seed';

describe('the demo pen pal’s letters', () => {
  it('give every letters screen something to show: a posted letter with a reply, a flagged letter, a draft, the print queue', async () => {
    await seedDemo(db);
    const threads = await db.thread.findMany({
      where: { user: { email: demoUsers[2].email } },
      orderBy: { createdAt: 'asc' },
      include: { letters: { include: { events: true } }, replies: true },
    });
    expect(threads).toHaveLength(3);
    for (const thread of threads) expect(parseReplyCode(thread.replyCode)).toBe(thread.replyCode);

    const [posted, draft, screening] = threads;
    expect(posted!.letters.map((letter) => letter.status).sort()).toEqual(['approved', 'posted']);
    expect(posted!.replies).toEqual([expect.objectContaining({ status: 'delivered', readAt: expect.any(Date) })]);
    expect(draft!.letters.map((letter) => letter.status)).toEqual(['draft']);
    const flagged = screening!.letters[0]!;
    expect(flagged.status).toBe('submitted');
    const [flag] = JSON.parse(flagged.flags);
    expect(flagged.body.slice(flag.start, flag.end)).toBe('555-0142');

    expect(await db.letter.count({ where: { status: 'approved', batchId: null } })).toBe(1);
    expect(await db.batch.count({ where: { postedAt: { not: null } } })).toBe(1);
  });

  it('reply codes are fixed and valid', () => {
    expect(demoReplyCode('K7M2Q9X')).toBe(demoReplyCode('K7M2Q9X'));
    expect(parseReplyCode(demoReplyCode('K7M2Q9X'))).toBe(demoReplyCode('K7M2Q9X'));
  });
});
