import { describe, expect, it } from 'vitest';
import { providerOf } from '@/lib/db/url';
import { env } from '@/lib/env';
import { checkReadiness } from '@/lib/observability/readiness';

describe('the test database', () => {
  it('is the kind this project run asked for, fully migrated', async () => {
    expect(providerOf(env.databaseUrl)).toBe(process.env.BB_TEST_DATABASE);
    expect(await checkReadiness()).toMatchObject({ ready: true, database: 'ok' });
  });
});

describe('secrets', () => {
  it('never come back from a query that does not ask for them by name', async () => {
    const { db } = await import('@/lib/db');
    const { facilityData, profileData } = await import('@/prisma/factories');
    const user = await db.user.create({
      data: { email: 'secret-test@example.org', name: 'S', passwordHash: 'argon2-hash' },
    });
    const facility = await db.facility.create({ data: facilityData() });
    const profile = await db.profile.create({ data: { ...profileData(facility), changesTokenHash: 'token-hash' } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).not.toHaveProperty('passwordHash');
    expect(
      await db.profile.findUniqueOrThrow({ where: { id: profile.id }, include: { facility: true } }),
    ).not.toHaveProperty('changesTokenHash');
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } })).toHaveProperty(
      'passwordHash',
      'argon2-hash',
    );
    // A confirmation or reset link's hash, read with its user as an account's page would.
    await db.accountToken.create({
      data: { userId: user.id, purpose: 'reset_password', tokenHash: 'reset-hash', expiresAt: new Date() },
    });
    const withTokens = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { tokens: true } });
    expect(withTokens.tokens).toHaveLength(1);
    expect(withTokens.tokens[0]).not.toHaveProperty('tokenHash');
    expect(JSON.stringify(withTokens)).not.toContain('reset-hash');
  });
});
