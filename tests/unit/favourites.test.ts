import { describe, expect, it } from 'vitest';
import { favouriteReturnPath, favouriteSchema } from '@/lib/favourites/schema';
import { unlistedReason } from '@/lib/favourites/unlisted';

const now = new Date('2026-11-28T12:00:00Z');
const later = new Date('2027-06-01T00:00:00Z');
const earlier = new Date('2026-11-01T00:00:00Z');

describe('unlistedReason', () => {
  it('is null while listed, and names only the kind of reason once not', () => {
    expect(unlistedReason({ status: 'published', expiresAt: later, state: 'OR' }, now)).toBeNull();
    expect(unlistedReason({ status: 'published', expiresAt: earlier, state: 'OR' }, now)).toBe('Listing expired');
    expect(unlistedReason({ status: 'released', expiresAt: later, state: 'OR' }, now)).toBe('Released');
    expect(unlistedReason({ status: 'transferred', expiresAt: later, state: 'OR' }, now)).toBe('Transferred');
    expect(unlistedReason({ status: 'taken_down', expiresAt: later, state: 'OR' }, now)).toBe('No longer listed');
    expect(unlistedReason({ status: 'rejected', expiresAt: null, state: 'OR' }, now)).toBe('No longer listed');
  });

  it('says a listed profile is not shown when its state’s listings are hidden', () => {
    expect(unlistedReason({ status: 'published', expiresAt: later, state: 'OR' }, now, ['OR'])).toBe(
      'Not shown in this state',
    );
    expect(unlistedReason({ status: 'published', expiresAt: later, state: 'WA' }, now, ['OR'])).toBeNull();
  });
});

describe('favouriteReturnPath', () => {
  it('keeps the pages with a save button, with their query and the card to come back to', () => {
    expect(favouriteReturnPath('/profiles?interests=chess&page=2#profile-ana-c-00012')).toBe(
      '/profiles?interests=chess&page=2#profile-ana-c-00012',
    );
    expect(favouriteReturnPath('/profiles/ana-c-00012#save')).toBe('/profiles/ana-c-00012#save');
    expect(favouriteReturnPath('/account/favourites#saved')).toBe('/account/favourites#saved');
  });

  it('refuses anything that could send the browser elsewhere', () => {
    for (const value of [
      'https://evil.example/profiles',
      '//evil.example/profiles',
      '/\\evil.example',
      '/admin',
      '/profiles/../admin',
      '/profiles#"><script>',
      'profiles',
      undefined,
      '',
    ]) {
      expect(favouriteReturnPath(value)).toBeUndefined();
    }
  });
});

describe('favouriteSchema', () => {
  it('reads which way to go and drops a return path it does not trust', () => {
    expect(favouriteSchema.parse({ profileId: 'p1', save: '1', returnTo: '//evil.example' })).toEqual({
      profileId: 'p1',
      save: true,
      returnTo: undefined,
    });
    expect(favouriteSchema.parse({ profileId: 'p1', save: '0' })).toEqual({
      profileId: 'p1',
      save: false,
      returnTo: undefined,
    });
    expect(favouriteSchema.safeParse({ profileId: 'p1', save: 'toggle' }).success).toBe(false);
    expect(favouriteSchema.safeParse({ save: '1' }).success).toBe(false);
  });
});
