import { describe, expect, it } from 'vitest';
import { accountTokenIsUsable, consumeAccountToken, issueAccountToken } from '@/lib/accounts/tokens';
import { db } from '@/lib/db';
import { createUser } from '../support/users';

const tokenOf = (url: string) => url.split('/').at(-1)!;

describe('account tokens', () => {
  it('open once, for their own purpose only, and keep only a hash', async () => {
    const user = await createUser('penpal');
    const url = await db.$transaction((tx) => issueAccountToken(tx, user.id, 'verify_email'));
    expect(url).toMatch(/\/verify-email\/[\w-]{32}$/);
    const token = tokenOf(url);
    expect(JSON.stringify(await db.accountToken.findMany())).not.toContain(token);

    expect(await db.$transaction((tx) => consumeAccountToken(tx, token, 'reset_password'))).toBeNull();
    expect(await accountTokenIsUsable(db, token, 'verify_email')).toBe(true);
    expect(await db.$transaction((tx) => consumeAccountToken(tx, token, 'verify_email'))).toMatchObject({
      userId: user.id,
    });
    expect(await db.$transaction((tx) => consumeAccountToken(tx, token, 'verify_email'))).toBeNull();
    expect(await accountTokenIsUsable(db, token, 'verify_email')).toBe(false);
  });

  it('stop working when they expire, or when a newer link for the same purpose is sent', async () => {
    const user = await createUser('penpal');
    const issuedAt = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const reset = tokenOf(await db.$transaction((tx) => issueAccountToken(tx, user.id, 'reset_password', issuedAt)));
    expect(await db.$transaction((tx) => consumeAccountToken(tx, reset, 'reset_password'))).toBeNull();

    const older = tokenOf(await db.$transaction((tx) => issueAccountToken(tx, user.id, 'verify_email')));
    const newer = tokenOf(await db.$transaction((tx) => issueAccountToken(tx, user.id, 'verify_email')));
    expect(await db.$transaction((tx) => consumeAccountToken(tx, older, 'verify_email'))).toBeNull();
    expect(await db.$transaction((tx) => consumeAccountToken(tx, newer, 'verify_email'))).not.toBeNull();
  });

  it('refuse malformed tokens before the database', async () => {
    expect(await db.$transaction((tx) => consumeAccountToken(tx, "' OR 1=1 --", 'verify_email'))).toBeNull();
  });
});
