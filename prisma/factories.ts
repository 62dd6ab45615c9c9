// Builders for demo and test data, shared by the seed and the tests so both describe the same world.
import type { Prisma } from '../lib/db/generated/sqlite/client';

export const DEMO_PASSWORD = 'demo-password-2026';

export const demoUsers = [
  { email: 'admin@demo.beyondbars.example', name: 'Alex Admin', role: 'admin' },
  { email: 'moderator@demo.beyondbars.example', name: 'Morgan Moderator', role: 'moderator' },
  { email: 'penpal@demo.beyondbars.example', name: 'Pat Penpal', role: 'penpal' },
] as const;

let sequence = 0;

export function commentData(overrides: Partial<Prisma.CommentUncheckedCreateInput> = {}): Prisma.CommentUncheckedCreateInput {
  sequence += 1;
  return {
    articleSlug: 'how-to-write-your-first-letter',
    authorName: `Reader ${sequence}`,
    authorEmail: `reader${sequence}@example.org`,
    body: `A thoughtful comment number ${sequence}.`,
    status: 'pending',
    ...overrides,
  };
}
