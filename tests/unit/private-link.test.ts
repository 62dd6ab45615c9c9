import { describe, expect, it } from 'vitest';
import { hashPrivateToken, isPrivateTokenShaped, newPrivateToken } from '@/lib/tokens/private-link';

describe('private link tokens', () => {
  it('are random, URL-safe, and stored only as a hash that matches them alone', () => {
    const a = newPrivateToken();
    const b = newPrivateToken();
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[\w-]{32}$/);
    expect(a.hash).toBe(hashPrivateToken(a.token));
    expect(a.hash).not.toContain(a.token);
    expect(hashPrivateToken(b.token)).not.toBe(a.hash);
  });

  it('refuses anything not shaped like one before it reaches the database', () => {
    expect(isPrivateTokenShaped(newPrivateToken().token)).toBe(true);
    expect(isPrivateTokenShaped('short')).toBe(false);
    expect(isPrivateTokenShaped("x' OR 1=1 --xxxxxxxxxxxxxxxx")).toBe(false);
    expect(isPrivateTokenShaped('a'.repeat(65))).toBe(false);
  });
});
