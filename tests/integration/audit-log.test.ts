import { describe, expect, it } from 'vitest';
import { GET as exportCsv } from '@/app/admin/audit/export/route';
import { parseAuditFilters } from '@/lib/audit/filters';
import { listAuditEntries } from '@/lib/audit/queries';
import { db } from '@/lib/db';
import { clearAuditLog } from '../support/audit';
import { createUser, signInAs } from '../support/users';

async function seedEntries() {
  await clearAuditLog();
  const at = (day: string) => new Date(`${day}T12:00:00Z`);
  await db.auditEntry.createMany({
    data: [
      {
        actorEmail: 'ana@program.example',
        action: 'profile.approve',
        targetType: 'profile',
        targetId: 'p1',
        createdAt: at('2026-10-01'),
      },
      {
        actorEmail: 'ana@program.example',
        action: 'profile.reject',
        targetType: 'profile',
        targetId: 'p2',
        createdAt: at('2026-10-05'),
      },
      {
        actorEmail: 'ben@program.example',
        action: 'comment.approve',
        targetType: 'comment',
        targetId: 'c1',
        createdAt: at('2026-10-05'),
      },
      {
        actorEmail: 'ben@program.example',
        action: 'settings.update',
        targetType: 'setting',
        targetId: 'program',
        detail: '=HYPERLINK("x")',
        createdAt: at('2026-10-09'),
      },
    ],
  });
}

const ids = async (filters: Record<string, string>) =>
  (await listAuditEntries(1, parseAuditFilters(filters))).entries.map((entry) => entry.targetId);

describe('the audit log', () => {
  it('filters by who, action (a prefix), target and an inclusive date range', async () => {
    await signInAs(await createUser('admin'));
    await seedEntries();
    expect(await ids({ actor: 'ANA@' })).toEqual(['p2', 'p1']);
    expect(await ids({ action: 'profile.' })).toEqual(['p2', 'p1']);
    expect(await ids({ targetType: 'comment' })).toEqual(['c1']);
    expect(await ids({ targetId: 'program' })).toEqual(['program']);
    expect(await ids({ from: '2026-10-05', to: '2026-10-05' })).toEqual(expect.arrayContaining(['p2', 'c1']));
    expect(await ids({ from: '2026-10-05', to: '2026-10-05' })).toHaveLength(2);
    // A malformed date is ignored, not an error.
    expect(await ids({ from: '5 October' })).toHaveLength(4);
  });

  it('downloads the filtered view as CSV with formulas defused, for admins only', async () => {
    await signInAs(await createUser('admin'));
    await seedEntries();
    const response = await exportCsv(new Request('http://localhost/admin/audit/export?actor=ben'));
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('when,who,action,target_type,target_id,detail');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"settings.update"');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);

    await signInAs(await createUser('moderator'));
    expect((await exportCsv(new Request('http://localhost/admin/audit/export'))).status).toBe(404);
  });

  it.runIf(process.env.BB_TEST_DATABASE === 'postgresql')(
    'is append-only in the database itself: an entry cannot be changed or removed, only its actor erased',
    async () => {
      const entry = await db.auditEntry.create({
        data: { actorEmail: 'cleo@program.example', action: 'user.suspend', targetType: 'user', targetId: 'u1' },
      });
      await expect(db.auditEntry.update({ where: { id: entry.id }, data: { action: 'user.restore' } })).rejects.toThrow(
        /append-only/,
      );
      await expect(db.auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
      await expect(db.$executeRawUnsafe('DELETE FROM "AuditEntry"')).rejects.toThrow(/append-only/);
      await db.auditEntry.update({ where: { id: entry.id }, data: { actorEmail: 'deleted-u9@deleted.invalid' } });
      expect(await db.auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({
        action: 'user.suspend',
        actorEmail: 'deleted-u9@deleted.invalid',
      });
    },
  );
});
