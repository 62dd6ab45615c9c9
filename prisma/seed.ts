import type { Database } from '../lib/db/client';
import { CommentStatus } from '../lib/db/generated/sqlite/enums';
import { hashPassword } from '../lib/auth/password';
import { type DemoAccount, generateDemoAccounts } from './demo-accounts';
import { seedDemoLetters } from './demo-letters';
import { seedDemoProfiles } from './demo-profiles';
import { commentData, demoUsers } from './factories';

const day = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * day);

/**
 * Demo content for a fresh install: accounts to try each role, comments in every moderation state, a directory, and
 * the demo pen pal's letters in every stage.
 * Returns the accounts with their freshly generated passwords, for the caller to hand to the person installing.
 */
export async function seedDemo(db: Database): Promise<DemoAccount[]> {
  const accounts = generateDemoAccounts();
  for (const [index, user] of demoUsers.entries()) {
    const passwordHash = await hashPassword(accounts[index]!.password);
    await db.user.create({ data: { ...user, passwordHash, emailVerifiedAt: new Date() } });
  }
  const moderator = await db.user.findUniqueOrThrow({ where: { email: demoUsers[1].email } });

  const first = await db.comment.create({
    data: commentData({
      articleSlug: 'how-to-write-your-first-letter',
      authorName: 'Rosa Delgado',
      authorEmail: 'rosa@example.org',
      body: 'I put off my first letter for weeks. Starting with what I did that morning made it so much easier. Thank you for the example!',
      status: CommentStatus.approved,
      approvedAt: ago(20),
      createdAt: ago(20),
    }),
  });
  const reply = await db.comment.create({
    data: commentData({
      articleSlug: first.articleSlug,
      parentId: first.id,
      depth: 2,
      authorName: 'Sam Whitfield',
      authorEmail: 'sam@example.org',
      authorUrl: 'https://example.org/sam',
      body: 'Same here. My pen pal told me the everyday details are exactly what they look forward to.',
      status: CommentStatus.approved,
      approvedAt: ago(18),
      createdAt: ago(18),
    }),
  });
  await db.comment.create({
    data: commentData({
      articleSlug: first.articleSlug,
      parentId: reply.id,
      depth: 3,
      authorName: 'Beyond Bars',
      authorEmail: moderator.email,
      staffUserId: moderator.id,
      body: 'Lovely to hear. If you are unsure about a topic, our safety page lists what to leave out: https://beyondbars.example/safety',
      status: CommentStatus.approved,
      approvedAt: ago(17),
      createdAt: ago(17),
    }),
  });
  await db.comment.create({
    data: commentData({
      articleSlug: 'staying-safe-as-a-pen-pal',
      authorName: 'Jordan Lee',
      authorEmail: 'jordan@example.org',
      body: 'The part about payment apps was useful. I did not know requests sometimes come through a third person.',
      status: CommentStatus.approved,
      approvedAt: ago(9),
      createdAt: ago(9),
    }),
  });
  await db.comment.create({
    data: commentData({
      articleSlug: 'how-mail-to-a-facility-works',
      authorName: 'Chris Okafor',
      authorEmail: 'chris@example.org',
      body: 'Does the scanning centre keep the original letter, or is it destroyed after scanning?',
      createdAt: ago(1),
    }),
  });
  await db.comment.create({
    data: commentData({
      articleSlug: 'why-writing-matters',
      authorName: 'Best Deals',
      authorEmail: 'deals@spam.example',
      body: 'Great post! Visit https://spam.example/a and https://spam.example/b and https://spam.example/c for casino bonuses.',
      status: CommentStatus.spam,
      spamReasons: 'too-many-links,blocked-word',
      createdAt: ago(2),
    }),
  });
  await seedDemoProfiles(db);
  await seedDemoLetters(db);
  return accounts;
}

/** A deployment's first admin, from ADMIN_EMAIL and ADMIN_PASSWORD, created once. */
export async function ensureFirstAdmin(db: Database, email: string | undefined, password: string | undefined) {
  if (!email || !password) return false;
  const normalised = email.trim().toLowerCase();
  if (await db.user.findUnique({ where: { email: normalised } })) return false;
  await db.user.create({
    data: {
      email: normalised,
      name: 'Administrator',
      role: 'admin',
      passwordHash: await hashPassword(password),
      emailVerifiedAt: new Date(),
    },
  });
  return true;
}
