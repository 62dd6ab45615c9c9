import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/schema';
import { avatarColor, initials } from '@/lib/comments/avatar';
import { decodeCommenter, encodeCommenter } from '@/lib/comments/commenter-cookie';
import { formDataToObject } from '@/lib/forms/define-action';
import { labelFor, labelList, SEEKING_LABELS, splitList, VENDOR_LABELS } from '@/lib/profiles/vocabulary';
import { firstParam, MAX_PAGE, pageParam, tabParam } from '@/lib/pagination';

describe('initials avatars', () => {
  it('takes first and last initials', () => {
    expect(initials('rosa maria delgado')).toBe('RD');
    expect(initials('  Émile ')).toBe('É');
    expect(initials('')).toBe('?');
  });
  it('gives the same colour to the same name', () => {
    expect(avatarColor('Rosa')).toBe(avatarColor(' rosa '));
  });
});

describe('safeNextPath', () => {
  it('keeps same-site paths and drops everything else', () => {
    expect(safeNextPath('/admin/comments?status=spam')).toBe('/admin/comments?status=spam');
    expect(safeNextPath('/profiles?q=chess+club&interests=art,books')).toBe(
      '/profiles?q=chess+club&interests=art,books',
    );
    expect(safeNextPath('//evil.example')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath(undefined)).toBe('/');
  });
});

describe('commenter cookie', () => {
  it('round-trips and rejects garbage', () => {
    const commenter = { name: 'Rosa; x=1', email: 'rosa@example.org', url: null };
    // Next URL-encodes the value once when it sets the cookie; document.cookie shows it that way.
    expect(decodeCommenter(encodeURIComponent(encodeCommenter(commenter)))).toEqual({ ...commenter, url: '' });
    expect(decodeCommenter('%7Bbroken')).toBeNull();
    expect(decodeCommenter(undefined)).toBeNull();
  });
});

describe('formDataToObject', () => {
  it('turns repeated keys into arrays and drops Next internals', () => {
    const data = new FormData();
    data.append('ids', 'a');
    data.append('ids', 'b');
    data.append('op', 'bulk');
    data.append('$ACTION_ID_123', '');
    expect(formDataToObject(data)).toEqual({ ids: ['a', 'b'], op: 'bulk' });
  });
});

describe('profile vocabulary labels', () => {
  it('labels stored keys and comma lists, showing an unknown key as itself', () => {
    expect(labelFor(VENDOR_LABELS, 'jpay')).toBe('JPay');
    expect(labelFor(VENDOR_LABELS, 'carrier-pigeon')).toBe('carrier-pigeon');
    expect(labelList(SEEKING_LABELS, 'friendship,,legal-help')).toBe('Friendship, Legal help');
    expect(splitList('')).toEqual([]);
  });
});

describe('page and tab parameters', () => {
  it('reads a page number, falling back to page 1', () => {
    expect(pageParam('3')).toBe(3);
    expect([pageParam(undefined), pageParam('0'), pageParam('-2'), pageParam('abc')]).toEqual([1, 1, 1, 1]);
    expect(pageParam('99999999999999999999999')).toBe(MAX_PAGE);
    expect(pageParam(['4', '9'])).toBe(4);
  });

  it('reads a tab from a fixed list, falling back to the first', () => {
    expect(tabParam(['open', 'resolved'] as const, 'resolved')).toBe('resolved');
    expect(tabParam(['open', 'resolved'] as const, 'deleted')).toBe('open');
    expect(tabParam(['open', 'resolved'] as const, undefined)).toBe('open');
    expect(tabParam(['open', 'resolved'] as const, ['resolved', 'open'])).toBe('resolved');
    expect(firstParam(['a', 'b'])).toBe('a');
  });
});
