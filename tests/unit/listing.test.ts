import { describe, expect, it } from 'vitest';
import {
  availabilityOf,
  expiryFrom,
  isExpiringSoon,
  isListed,
  reviewChange,
  reviewOpsFor,
  statusLabel,
} from '@/lib/profiles/listing';
import { AWAITING_REVIEW, CLOSED, PROFILE_STATUSES, ProfileStatus } from '@/lib/profiles/status-groups';
import { REVIEW_OPS } from '@/lib/profiles/review-ops';

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
    const at = (status: ProfileStatus, expiresAt: Date | null = inDays(30)) =>
      availabilityOf({ status, expiresAt }, now);
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
    expect(PROFILE_STATUSES).toEqual([
      'pending',
      'changes_requested',
      'published',
      'rejected',
      'released',
      'transferred',
      'taken_down',
    ]);
  });

  it('are each waiting, published or closed, exactly one of them', () => {
    for (const status of PROFILE_STATUSES) {
      expect(
        [AWAITING_REVIEW.includes(status), status === 'published', CLOSED.includes(status)].filter(Boolean),
      ).toHaveLength(1);
    }
  });
});

describe('reviewChange and reviewOpsFor', () => {
  const listed = { status: 'published' as const, listedAt: inDays(-100), expiresAt: inDays(200) };
  const lapsed = { ...listed, expiresAt: inDays(-1) };
  const at = (status: ProfileStatus) => ({ status, listedAt: null, expiresAt: null });

  it('offers each state the steps that make sense for it', () => {
    expect(reviewOpsFor(at('pending'), now)).toEqual(['approve', 'request_changes', 'reject']);
    expect(reviewOpsFor(at('changes_requested'), now)).toEqual(['approve', 'request_changes', 'reject']);
    expect(reviewOpsFor(listed, now)).toEqual(['verify', 'renew', 'release', 'transfer', 'take_down']);
    expect(reviewOpsFor(lapsed, now)).toEqual(['renew', 'release', 'transfer', 'take_down']);
    for (const status of ['rejected', 'released', 'transferred'] as const)
      expect(reviewOpsFor(at(status), now)).toEqual(['approve', 'take_down']);
    expect(reviewOpsFor(at('taken_down'), now)).toEqual(['approve']);
  });

  it('leaves no state without a way out and never offers a step that changes nothing', () => {
    for (const status of PROFILE_STATUSES) {
      for (const profile of [
        at(status),
        { ...at(status), expiresAt: inDays(100) },
        { ...at(status), expiresAt: inDays(-100) },
      ]) {
        const ops = reviewOpsFor(profile, now);
        expect(ops.length).toBeGreaterThan(0);
        for (const op of ops) expect(Object.keys(reviewChange(op, profile, now, 'why')!).length).toBeGreaterThan(0);
        for (const op of REVIEW_OPS.filter((op) => !ops.includes(op)))
          expect(reviewChange(op, profile, now, 'why')).toBeNull();
      }
    }
  });

  it('lists for twelve months on approval, keeping the first listing date', () => {
    expect(reviewChange('approve', at('pending'), now)).toEqual({
      status: 'published',
      statusReason: null,
      listedAt: now,
      verifiedAt: now,
      expiresAt: expiryFrom(now),
    });
    const relisted = reviewChange(
      'approve',
      { status: 'taken_down', listedAt: inDays(-400), expiresAt: inDays(-30) },
      now,
    );
    expect(relisted).toMatchObject({ status: 'published', listedAt: inDays(-400), expiresAt: expiryFrom(now) });
    expect(isListed({ status: relisted!.status!, expiresAt: relisted!.expiresAt! }, now)).toBe(true);
  });

  it('renews listed and expired listings from today, and verifies only listed ones', () => {
    for (const profile of [listed, lapsed])
      expect(reviewChange('renew', profile, now)).toEqual({
        status: 'published',
        statusReason: null,
        verifiedAt: now,
        expiresAt: expiryFrom(now),
      });
    expect(reviewChange('verify', listed, now)).toEqual({ verifiedAt: now });
    expect(reviewChange('verify', lapsed, now)).toBeNull();
  });

  it('keeps the reason staff give, and unlists', () => {
    expect(reviewChange('reject', at('pending'), now, 'Not a real person.')).toEqual({
      status: 'rejected',
      statusReason: 'Not a real person.',
    });
    expect(reviewChange('request_changes', at('pending'), now, 'Photo missing.')).toEqual({
      status: 'changes_requested',
      statusReason: 'Photo missing.',
    });
    expect(reviewChange('take_down', listed, now, 'Victim request.')).toEqual({
      status: 'taken_down',
      statusReason: 'Victim request.',
    });
    expect(reviewChange('release', listed, now)).toEqual({ status: 'released', statusReason: null });
    expect(reviewChange('transfer', listed, now, 'Moved to FCI Dublin.')).toEqual({
      status: 'transferred',
      statusReason: 'Moved to FCI Dublin.',
    });
    for (const op of ['take_down', 'release', 'transfer'] as const) {
      const change = reviewChange(op, listed, now, 'x')!;
      expect(isListed({ ...listed, ...change }, now)).toBe(false);
    }
  });
});
