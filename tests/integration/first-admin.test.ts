import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/credentials';
import { db } from '@/lib/db';
import { ensureFirstAdmin } from '@/prisma/seed';

describe('ensureFirstAdmin', () => {
  it('creates the configured admin once and never overwrites an existing account', async () => {
    expect(await ensureFirstAdmin(db, 'Boss@Program.example', 'a long enough password')).toBe(true);
    expect(await verifyCredentials('boss@program.example', 'a long enough password')).toMatchObject({ role: 'admin' });
    expect(await ensureFirstAdmin(db, 'boss@program.example', 'a different password!')).toBe(false);
    expect(await verifyCredentials('boss@program.example', 'a different password!')).toBeNull();
    expect(await db.user.count({ where: { email: 'boss@program.example' } })).toBe(1);
  });

  it('does nothing without both settings', async () => {
    expect(await ensureFirstAdmin(db, undefined, 'password')).toBe(false);
    expect(await ensureFirstAdmin(db, 'x@program.example', undefined)).toBe(false);
  });
});
