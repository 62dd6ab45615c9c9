import { describe, expect, it } from 'vitest';
import { currentNavHref } from '@/components/admin/ConsoleNavLinks';

const HREFS = ['/admin', '/admin/comments', '/admin/letters', '/admin/letters/intake', '/admin/users'];

describe('currentNavHref', () => {
  it('marks the link whose path is the longest prefix of the page', () => {
    expect(currentNavHref('/admin', HREFS)).toBe('/admin');
    expect(currentNavHref('/admin/comments', HREFS)).toBe('/admin/comments');
    expect(currentNavHref('/admin/comments/abc', HREFS)).toBe('/admin/comments');
    expect(currentNavHref('/admin/letters/batches/1', HREFS)).toBe('/admin/letters');
    expect(currentNavHref('/admin/letters/intake', HREFS)).toBe('/admin/letters/intake');
  });

  it('marks nothing for a page outside the menu, and the dashboard only on itself', () => {
    expect(currentNavHref('/admin/audit', HREFS)).toBeUndefined();
    expect(currentNavHref('/admin/usersx', HREFS)).toBeUndefined();
  });
});
