import type { Database } from '../lib/db/client';
import { LetterStatus } from '../lib/db/generated/sqlite/enums';
import { parseReplyCode } from '../lib/letters/reply-code';
import { demoUsers, letterData, replyData, threadData } from './factories';

// The demo pen pal's letters, so a trial install shows every letters screen with something in it: a thread with a
// posted letter, a reply and a second letter approved and waiting in the print queue; a letter in screening carrying a
// flag; a draft. Fixed reply codes and texts, dates relative to now, like the rest of the demo.

const DAY = 24 * 60 * 60 * 1000;

/** A valid reply code from seven fixed characters: the one check character that parses. */
export function demoReplyCode(data: string): string {
  for (const check of '0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U') {
    const code = parseReplyCode(data + check);
    if (code) return code;
  }
  throw new Error(`No reply code for ${data}`);
}

const FIRST_LETTER = `Dear {name},

My name is Pat. I found your profile on Beyond Bars and liked what you wrote about yourself. I love books and chess, and I am slow at both. I live in a small town and work at the library, so I spend my days surrounded by other people's stories.

This week I planted tomatoes and read a history of the printing press. What are you reading at the moment?

Best wishes,
Pat`;

const REPLY = `Dear Pat,

Your letter came on a Tuesday and it made the whole week better. I am reading an old paperback about the Roman empire that someone left in the library cart. Half the pages are loose but I keep them in order.

Do you play chess by mail? I could send you my first move.

Your friend`;

const SECOND_LETTER = `Dear {name},

Yes, let's play! I set up the board on my kitchen table. Send me your first move and I will send mine back.

The tomatoes are growing faster than I can eat them.

Pat`;

const PHONE = '555-0142';
const FLAGGED_LETTER = `Dear {name},

I hope this finds you well. Letters take so long, so if it is easier you can call me at ${PHONE} in the evenings.

I would love to hear more about the things you wrote about on your profile.

Warmly,
Pat`;

const DRAFT = `Dear {name},

I have been meaning to write since I read your profile. I also grew up near the coast, and`;

export async function seedDemoLetters(db: Database): Promise<void> {
  const penPal = await db.user.findUniqueOrThrow({ where: { email: demoUsers[2].email } });
  const moderator = await db.user.findUniqueOrThrow({ where: { email: demoUsers[1].email } });
  const people = await db.profile.findMany({
    where: { status: 'published', expiresAt: { gt: new Date() } },
    orderBy: { reference: 'asc' },
    take: 3,
    select: { id: true, displayName: true },
  });
  if (people.length < 3) return;
  const [chessPlayer, flaggedTo, coast] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
  const at = (days: number) => new Date(Date.now() - days * DAY);
  const dear = (text: string, name: string) => text.replace('{name}', name);

  // Posted a month ago, with a reply two weeks later (already read), and a second letter approved yesterday.
  const first = await db.thread.create({
    data: threadData(penPal.id, chessPlayer.id, {
      replyCode: demoReplyCode('K7M2Q9X'),
      lastActivityAt: at(1),
      createdAt: at(36),
    }),
  });
  const batch = await db.batch.create({
    data: {
      createdById: moderator.id,
      sheets: 1,
      postageCents: 76,
      printedAt: at(33),
      postedAt: at(32),
      createdAt: at(33),
    },
  });
  await db.letter.create({
    data: letterData(first.id, {
      body: dear(FIRST_LETTER, chessPlayer.displayName),
      status: LetterStatus.posted,
      sheets: 1,
      batchId: batch.id,
      createdAt: at(36),
      submittedAt: at(35),
      postedAt: at(32),
      events: {
        create: [
          { status: LetterStatus.submitted, actorId: penPal.id, createdAt: at(35) },
          { status: LetterStatus.approved, actorId: moderator.id, createdAt: at(34) },
          { status: LetterStatus.printed, actorId: moderator.id, createdAt: at(33) },
          { status: LetterStatus.posted, actorId: moderator.id, createdAt: at(32) },
        ],
      },
    }),
  });
  await db.reply.create({
    data: replyData(first.id, { body: REPLY, receivedAt: at(12), readAt: at(11), enteredById: moderator.id }),
  });
  await db.letter.create({
    data: letterData(first.id, {
      body: dear(SECOND_LETTER, chessPlayer.displayName),
      status: LetterStatus.approved,
      sheets: 1,
      createdAt: at(3),
      submittedAt: at(2),
      events: {
        create: [
          { status: LetterStatus.submitted, actorId: penPal.id, createdAt: at(2) },
          { status: LetterStatus.approved, actorId: moderator.id, createdAt: at(1) },
        ],
      },
    }),
  });

  // In screening, flagged for the phone number in it.
  const flaggedBody = dear(FLAGGED_LETTER, flaggedTo.displayName);
  const phoneAt = flaggedBody.indexOf(PHONE);
  const screening = await db.thread.create({
    data: threadData(penPal.id, flaggedTo.id, {
      replyCode: demoReplyCode('4HT8W2N'),
      lastActivityAt: at(1.5),
      createdAt: at(2),
    }),
  });
  await db.letter.create({
    data: letterData(screening.id, {
      body: flaggedBody,
      status: LetterStatus.submitted,
      flags: JSON.stringify([{ code: 'phone', start: phoneAt, end: phoneAt + PHONE.length }]),
      createdAt: at(2),
      // Over a day ago: the demo pen pal's daily limits are all still free on a trial install.
      submittedAt: at(1.5),
      events: { create: [{ status: LetterStatus.submitted, actorId: penPal.id, createdAt: at(1.5) }] },
    }),
  });

  // A draft, started and left.
  const third = await db.thread.create({
    data: threadData(penPal.id, coast.id, {
      replyCode: demoReplyCode('9PZ3C6R'),
      lastActivityAt: at(4),
      createdAt: at(4),
    }),
  });
  await db.letter.create({ data: letterData(third.id, { body: dear(DRAFT, coast.displayName), createdAt: at(4) }) });
}
