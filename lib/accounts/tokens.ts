import 'server-only';
import type { AccountTokenPurpose } from '@/lib/db/generated/sqlite/enums';
import type { Database, Transaction } from '@/lib/db/client';
import { absoluteUrl } from '@/lib/absolute-url';
import { hashPrivateToken, isPrivateTokenShaped, newPrivateToken } from '@/lib/tokens/private-link';

// Single-use links sent by email. Issuing one for a purpose retires the account's earlier ones for that purpose, so
// only the newest link works; using one marks it used in the same statement that checks it, so it opens once.

const HOUR_MS = 60 * 60 * 1000;
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  verify_email: 24 * HOUR_MS,
  reset_password: 1 * HOUR_MS,
  change_email: 24 * HOUR_MS,
};
export const TOKEN_PATHS: Record<AccountTokenPurpose, string> = {
  verify_email: '/verify-email',
  reset_password: '/reset-password',
  change_email: '/account/email/confirm',
};

/** A new link for `purpose`; the URL carries the token, the database only its hash. */
export async function issueAccountToken(
  tx: Transaction,
  userId: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
  newEmail?: string,
) {
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const { token, hash } = newPrivateToken();
  await tx.accountToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hash,
      newEmail,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
  });
  return absoluteUrl(`${TOKEN_PATHS[purpose]}/${token}`);
}

/** The unused, unexpired token for `purpose`, marked used; null for anything else (and the same answer for each). */
export async function consumeAccountToken(
  tx: Transaction,
  token: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
) {
  if (!isPrivateTokenShaped(token)) return null;
  const tokenHash = hashPrivateToken(token);
  const { count } = await tx.accountToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  return tx.accountToken.findUnique({ where: { tokenHash }, select: { userId: true, newEmail: true } });
}

/** Whether a link is still good, without using it: the page behind the link asks before the form spends it. */
export async function accountTokenIsUsable(
  db: Database,
  token: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
) {
  if (!isPrivateTokenShaped(token)) return false;
  return (
    (await db.accountToken.count({
      where: { tokenHash: hashPrivateToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
    })) === 1
  );
}
