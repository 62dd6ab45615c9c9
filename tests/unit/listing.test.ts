import { describe, expect, it } from 'vitest';
import { availabilityOf, expiryFrom, isExpiringSoon, isListed, PROFILE_STATUSES, type ProfileStatus, statusLabel } from '@/lib/profiles/listing';

const now = new Date('2026-11-28T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(now.getTime() + days * DAY);

describe('expiryFrom', () => {
  it('runs twelve calendar months, never less than a year', () => {
    expect(expiryFrom(new Date('2026-03-15T09:30:00Z')).toISOString()).toBe('2027-03-15T09:30:00.000Z');
    expect(expiryFrom(new Date('2028-02-29T00:00:00Z')).toISOString()).toBe('2029-03-01T00:00:00.000Z');
  });
});

describe('isListed and availabilityOf', () => {
  it('lists only published profiles whose listing has not run out', () => {
    expect(isListed({ status: 'published', expiresAt: inDays(1) }, now)).toBe(true);
    expect(isListed({ status: 'published', expiresAt: now }, now)).toBe(false);
    expect(isListed({ status: 'published', expiresAt: null }, now)).toBe(false);
    expect(isListed({ status: 'pending', expiresAt: inDays(100) }, now)).toBe(false);
  });

  it('answers gone for what was public and missing for what never was', () => {
    const at = (status: ProfileStatus, expiresAt: Date | null = inDays(30)) => availabilityOf({ status, expiresAt }, now);
    expect(at('published')).toBe('listed');
    expect(at('published', inDays(-1))).toBe('gone');
    for (const status of ['released', 'transferred', 'taken_down'] as const) expect(at(status)).toBe('gone');
    for (const status of ['pending', 'changes_requested', 'rejected'] as const) expect(at(status)).toBe('missing');
    expect(availabilityOf(null, now)).toBe('missing');
  });
});

describe('isExpiringSoon', () => {
  it('flags listings that end within 30 days, not later ones or ended ones', () => {
    expect(isExpiringSoon({ status: 'published', expiresAt: inDays(29) }, now)).toBe(true);
    expect(isExpiringSoon({ status: 'published', expiresAt: inDays(30) }, now)).toBe(true);
    expect(isExpiringSoon({ status: 'published', expiresAt: inDays(31) }, now)).toBe(false);
    expect(isExpiringSoon({ status: 'published', expiresAt: inDays(-1) }, now)).toBe(false);
  });
});

describe('statusLabel', () => {
  it('calls a published listing past its date expired, and names every other state', () => {
    expect(statusLabel({ status: 'published', expiresAt: inDays(10) }, now)).toBe('Listed');
    expect(statusLabel({ status: 'published', expiresAt: inDays(-1) }, now)).toBe('Expired');
    expect(statusLabel({ status: 'changes_requested', expiresAt: null }, now)).toBe('Changes requested');
    expect(statusLabel({ status: 'taken_down', expiresAt: inDays(10) }, now)).toBe('Taken down');
  });
});

describe('profile statuses', () => {
  it('are the database enum, with no stored "expired"', () => {
    expect(PROFILE_STATUSES).toEqual(['pending', 'changes_requested', 'published', 'rejected', 'released', 'transferred', 'taken_down']);
  });
});
