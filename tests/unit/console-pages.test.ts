import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A console page that someone without its role opens is a 404, title included: its title comes from
// generateMetadata behind the page's own guard (guardedMetadata in lib/auth/guard.ts), never from a static
// `metadata` export, which Next shows on the 404 as well.
const consolePages = readdirSync('app', { recursive: true, encoding: 'utf8' })
  .filter((file) => /(^|\/)admin\/(.+\/)?page\.tsx$/.test(file))
  .map((file) => ({ file, source: readFileSync(path.join('app', file), 'utf8') }));

describe('console pages', () => {
  it('are found: the dashboard, the print view and the rest', () => {
    const files = consolePages.map((page) => page.file);
    expect(files).toContain('admin/page.tsx');
    expect(files).toContain('(print)/admin/letters/batches/[id]/print/page.tsx');
    expect(files.length).toBeGreaterThan(15);
  });

  it.each(consolePages.map((page) => [page.file, page.source]))('%s takes its title behind its guard', (_, source) => {
    expect(source).not.toMatch(/export const metadata\b/);
    expect(source).toMatch(
      /export const generateMetadata = guardedMetadata\(guard,|export async function generateMetadata\([^)]*\)[^{]*\{\s*await guard\(/,
    );
  });
});
