import { describe, expect, it } from 'vitest';
import { AuthorizationError } from '@/lib/auth/errors';
import { currentUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { dashboardCharts, dashboardQueues, needsAttention } from '@/lib/dashboard/queries';
import { facilityData, letterData, profileData, threadData } from '@/prisma/factories';
import { createUser, signInAs } from '../support/users';

const DAY = 24 * 60 * 60 * 1000;

async function letters(now: Date) {
  const penPal = await createUser('penpal');
  const profile = await db.profile.create({ data: profileData(await db.facility.create({ data: facilityData() })) });
  const thread = await db.thread.create({ data: threadData(penPal.id, profile.id) });
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  await db.letter.create({ data: letterData(thread.id, { status: 'submitted', submittedAt: daysAgo(5) }) });
  await db.letter.create({ data: letterData(thread.id, { status: 'submitted', submittedAt: daysAgo(1) }) });
  await db.letter.create({
    data: letterData(thread.id, { status: 'posted', submittedAt: daysAgo(6), postedAt: daysAgo(2) }),
  });
  await db.letter.create({ data: letterData(thread.id, { status: 'approved' }) });
}

const queue = <Q extends { label: string }>(queues: Q[], label: string) => queues.find((q) => q.label === label);

describe('the dashboard', () => {
  it('shows each queue with its size and oldest item, and what needs attention', async () => {
    const now = new Date();
    await letters(now);
    await signInAs(await createUser('moderator'));
    const queues = await dashboardQueues((await currentUser())!);
    const screening = queue(queues, 'Letters in screening')!;
    expect(screening.count).toBe(2);
    expect(Math.round((now.getTime() - screening.oldest!.getTime()) / DAY)).toBe(5);
    expect(queue(queues, 'Approved letters to print')!.count).toBe(1);
    expect(await needsAttention(now)).toContainEqual(
      expect.objectContaining({ label: 'Letters in screening for more than 3 days', count: 1 }),
    );
  });

  it('counts the last twelve weeks, with the median days from submitting to posting', async () => {
    await signInAs(await createUser('admin'));
    const charts = await dashboardCharts(new Date());
    expect(charts.weeks).toHaveLength(12);
    // Letters made by the factory have no submission events; the posted one counts where it was posted.
    expect(charts.lettersPosted.reduce((a, b) => a + b, 0)).toBe(1);
    expect(charts.daysToPost.filter((days) => days !== null)).toEqual([4]);
  });

  it('gives the mailroom its own queues only, and nothing to a pen pal', async () => {
    await signInAs(await createUser('mailroom'));
    const queues = await dashboardQueues((await currentUser())!);
    expect(queues.map((q) => q.label)).toEqual(['Approved letters to print', 'Printed batches to post']);
    await expect(needsAttention()).rejects.toBeInstanceOf(AuthorizationError);
    await expect(dashboardCharts()).rejects.toBeInstanceOf(AuthorizationError);
    await signInAs(await createUser('penpal'));
    await expect(dashboardQueues((await currentUser())!)).rejects.toBeInstanceOf(AuthorizationError);
  });
});
