import { describe, expect, it } from 'vitest';
import { filtersOfKey, profileSlugOf, sharedDirectoryKey } from '@/lib/profiles/shared-pages';

const key = (query: string) => sharedDirectoryKey(new URLSearchParams(query));

describe('the shared directory copy a visitor is sent to', () => {
  it('is one copy for every way of writing the same filters', () => {
    expect(key('interests=chess&interests=books&state=OR')).toBe(key('state=OR&interests=chess&interests=books'));
    expect(key('state=OR&unknown=1&gender=nonsense')).toBe(key('state=OR'));
    expect(key('')).toBe('all');
    expect(key('sort=match')).toBe('all');
    expect(key('state=OR')).not.toBe(key('state=WA'));
  });

  it('stands for the filters it was made from', () => {
    const filters = filtersOfKey(key('interests=chess&recent=1&sort=release&page=3')!);
    expect(filters).toMatchObject({ interests: ['chess'], recent: true, sort: 'release', page: 3, bestMatch: false });
    expect(filtersOfKey('all')).toMatchObject({ interests: [], page: 1, sort: 'newest' });
  });

  it('is not made for searches or deep pages, which are rendered for each request', () => {
    expect(key('q=chess')).toBeNull();
    // A search that cannot run shows a message naming it: not the everyone copy.
    expect(key(`q=${encodeURIComponent('🙂')}`)).toBeNull();
    expect(key(`q=${'a'.repeat(3000)}`)).toBeNull();
    expect(key('page=0')).toBe('all');
    expect(key('page=21')).toBeNull();
    expect(key('page=20')).not.toBeNull();
  });
});

describe('a profile page path', () => {
  it('names its slug, and nothing else does', () => {
    expect(profileSlugOf('/profiles/ana-c-00001')).toBe('ana-c-00001');
    for (const path of [
      '/profiles',
      '/profiles/',
      '/profiles/Ana',
      '/profiles/a/b',
      '/shared/profiles/a',
      '/profiles/a?x',
    ])
      expect(profileSlugOf(path), path).toBeNull();
  });
});
