import { createHash, randomBytes } from 'node:crypto';

// Tokens for private links sent by email (a correction link today; verification and password reset next). The link
// carries a random token; the database keeps only its SHA-256, so a copy of the database opens nothing. A plain hash
// is enough: the token has 192 random bits, there is nothing to guess.

const TOKEN_SHAPE = /^[\w-]{20,64}$/;

export function newPrivateToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashPrivateToken(token) };
}

export function hashPrivateToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Whether `token` could be one of ours: anything else is refused before it reaches the database. */
export function isPrivateTokenShaped(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}
