import { describe, expect, it } from 'vitest';
import { deviceLabel, isSessionActive, shouldTouch } from '@/lib/auth/session-rules';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-28T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('isSessionActive', () => {
  it('lasts 14 days from the last visit and 30 days from sign-in at most', () => {
    expect(isSessionActive({ createdAt: ago(10 * DAY), lastSeenAt: ago(13 * DAY), revokedAt: null }, now)).toBe(true);
    expect(isSessionActive({ createdAt: ago(15 * DAY), lastSeenAt: ago(14 * DAY), revokedAt: null }, now)).toBe(false);
    expect(isSessionActive({ createdAt: ago(29 * DAY), lastSeenAt: ago(1000), revokedAt: null }, now)).toBe(true);
    expect(isSessionActive({ createdAt: ago(30 * DAY), lastSeenAt: ago(1000), revokedAt: null }, now)).toBe(false);
  });

  it('ends when revoked, whatever the dates', () => {
    expect(isSessionActive({ createdAt: ago(1000), lastSeenAt: ago(1000), revokedAt: ago(10) }, now)).toBe(false);
  });
});

describe('shouldTouch', () => {
  it('records a visit at most every five minutes', () => {
    expect(shouldTouch(ago(4 * 60 * 1000), now)).toBe(false);
    expect(shouldTouch(ago(5 * 60 * 1000), now)).toBe(true);
  });
});

describe('deviceLabel', () => {
  it('names the browser and the system or phone', () => {
    expect(deviceLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe(
      'Firefox on Windows',
    );
    expect(
      deviceLabel(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari on iPhone');
    expect(deviceLabel('')).toBe('Unknown browser');
  });
});
