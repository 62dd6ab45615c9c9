import { db } from '@/lib/db';

/**
 * Empties the audit log between tests. On PostgreSQL a trigger refuses every delete (the log is append-only), so the
 * test's own transaction switches triggers off for itself first; the app has no such path.
 */
export async function clearAuditLog() {
  if (process.env.BB_TEST_DATABASE !== 'postgresql') {
    await db.auditEntry.deleteMany();
    return;
  }
  await db.$transaction([
    db.$executeRawUnsafe('SET LOCAL session_replication_role = replica'),
    db.auditEntry.deleteMany(),
  ]);
}
