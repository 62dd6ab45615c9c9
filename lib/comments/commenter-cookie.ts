// "Save my name, email, and website in this browser": a cookie the comment form reads back in the browser.
export const COMMENTER_COOKIE = 'bb_commenter';

export type Commenter = { name: string; email: string; url: string | null };

/** The cookie's value as the action sets it; Next URL-encodes cookie values itself, so this must not. */
export function encodeCommenter({ name, email, url }: Commenter): string {
  return JSON.stringify({ name, email, url: url ?? '' });
}

/** The value as the browser shows it in document.cookie (URL-encoded once). */
export function decodeCommenter(value: string | undefined): Commenter | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(value));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { name, email, url } = parsed as Record<string, unknown>;
    if (typeof name !== 'string' || typeof email !== 'string') return null;
    return { name, email, url: typeof url === 'string' ? url : null };
  } catch {
    return null;
  }
}
