import Bowser from 'bowser';

// When a signed-in browser stops being signed in. Pure, so the rules are unit-tested without a database.

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 14 * DAY_MS;
export const SESSION_ABSOLUTE_MS = 30 * DAY_MS;
// Writing lastSeenAt on every request would make every page view a database write.
export const LAST_SEEN_PRECISION_MS = 5 * 60 * 1000;

type SessionTimes = { createdAt: Date; lastSeenAt: Date; revokedAt: Date | null };

export function isSessionActive(session: SessionTimes, now = new Date()): boolean {
  return (
    session.revokedAt === null &&
    now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MS &&
    now.getTime() - session.createdAt.getTime() < SESSION_ABSOLUTE_MS
  );
}

/** The same rule as a Prisma `where`, for listing the sessions still active. */
export function activeSessionWhere(now = new Date()) {
  return {
    revokedAt: null,
    lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) },
    createdAt: { gt: new Date(now.getTime() - SESSION_ABSOLUTE_MS) },
  };
}

export function shouldTouch(lastSeenAt: Date, now = new Date()): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_PRECISION_MS;
}

/** "Firefox on Windows", "Safari on iPhone": enough to recognise one's own devices; an unknown agent says so. */
export function deviceLabel(userAgent: string): string {
  if (!userAgent) return 'Unknown browser';
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name ?? 'Unknown browser';
  const device =
    parsed.platform.type === 'mobile' || parsed.platform.type === 'tablet'
      ? (parsed.platform.model ?? parsed.os.name)
      : parsed.os.name;
  return device ? `${browser} on ${device}` : browser;
}
