import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/credentials';
import { db } from '@/lib/db';
import { demoPassword, readDemoAccounts, writeDemoAccounts } from '@/prisma/demo-accounts';
import { demoUsers } from '@/prisma/factories';
import { ensureFirstAdmin, seedDemo } from '@/prisma/seed';

describe('ensureFirstAdmin', () => {
  it('creates the configured admin once and never overwrites an existing account', async () => {
    expect(await ensureFirstAdmin(db, 'Boss@Program.example', 'a long enough password')).toBe(true);
    expect(await verifyCredentials('boss@program.example', 'a long enough password')).toMatchObject({
      user: { role: 'admin' },
    });
    expect(await ensureFirstAdmin(db, 'boss@program.example', 'a different password!')).toBe(false);
    expect(await verifyCredentials('boss@program.example', 'a different password!')).toBeNull();
    expect(await db.user.count({ where: { email: 'boss@program.example' } })).toBe(1);
  });

  it('does nothing without both settings', async () => {
    expect(await ensureFirstAdmin(db, undefined, 'password')).toBe(false);
    expect(await ensureFirstAdmin(db, 'x@program.example', undefined)).toBe(false);
  });
});

describe('seedDemo', () => {
  it('gives every demo account its own generated password, kept in a file only the owner can read', async () => {
    const accounts = await seedDemo(db);
    expect(accounts.map((a) => a.email)).toEqual(demoUsers.map((u) => u.email));
    expect(new Set(accounts.map((a) => a.password)).size).toBe(accounts.length);
    for (const account of accounts) {
      expect(account.password.length).toBeGreaterThanOrEqual(20);
      // The password this project once published must never sign anyone in.
      expect(await verifyCredentials(account.email, 'demo-password-2026')).toBeNull();
      expect(await verifyCredentials(account.email, account.password)).toMatchObject({
        user: { email: account.email },
      });
    }

    const dir = mkdtempSync(path.join(tmpdir(), 'bb-demo-'));
    const file = writeDemoAccounts(dir, accounts);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readDemoAccounts(dir)).toEqual(accounts);
    expect(demoPassword(dir, demoUsers[0].email)).toBe(accounts[0]!.password);
  });
});
