import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, restoreDatabase } from '@/lib/backup';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { commentData } from '@/prisma/factories';

describe('backup and restore', () => {
  it('round-trips the data: what was there at backup time comes back, later changes go', async () => {
    const kept = await db.comment.create({ data: commentData({ body: 'Here before the backup' }) });
    const file = await backupDatabase(env.databaseUrl, mkdtempSync(path.join(tmpdir(), 'bb-backup-')));

    await db.comment.delete({ where: { id: kept.id } });
    await db.comment.create({ data: commentData({ body: 'Written after the backup' }) });
    await db.$disconnect();

    await restoreDatabase(env.databaseUrl, file);
    const bodies = (await db.comment.findMany()).map((c) => c.body);
    expect(bodies).toEqual(['Here before the backup']);
  });
});
