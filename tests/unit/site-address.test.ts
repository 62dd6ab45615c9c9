import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { absoluteUrl } from '@/lib/absolute-url';
import { env } from '@/lib/env';
import { writeDemoAccounts } from '@/prisma/demo-accounts';
import { startBanner, wantsBanner } from '@/scripts/start-banner';

describe('absoluteUrl', () => {
  it('puts a path from the site’s root on SITE_URL', () => {
    expect(absoluteUrl('/articles/a?b=1', 'https://penpals.example.org')).toBe(
      'https://penpals.example.org/articles/a?b=1',
    );
    expect(absoluteUrl('/', 'https://penpals.example.org/')).toBe('https://penpals.example.org/');
    expect(absoluteUrl('/feed.xml')).toBe(`${env.siteUrl}/feed.xml`);
  });

  it('refuses anything that is not a path on this site', () => {
    for (const bad of ['articles', 'https://elsewhere.example/x', '', 'javascript:alert(1)'])
      expect(() => absoluteUrl(bad)).toThrow(/path from the site's root/);
  });
});

describe('the start-up banner', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bb-banner-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const trial = {
    SITE_URL: undefined,
    siteUrl: 'http://localhost:3000',
    dataDir,
    outboxDir: path.join(dataDir, 'outbox'),
    SMTP_URL: undefined,
  };

  it('says where the site, the console and the demo accounts are, in plain words, without passwords', () => {
    writeDemoAccounts(dataDir, [{ role: 'admin', email: 'admin@demo.example', password: 'secret-pass-123' }]);
    const banner = startBanner(trial, { production: false });

    expect(banner).toContain('Beyond Bars is running at http://localhost:3000/');
    expect(banner).toContain('The moderation console is at http://localhost:3000/admin');
    expect(banner).toContain('sign in at http://localhost:3000/signin');
    expect(banner).toContain(path.join(dataDir, 'demo-accounts.txt'));
    expect(banner).toMatch(/admin\s+admin@demo\.example/);
    expect(banner).not.toContain('secret-pass-123');
    expect(banner).not.toContain('SITE_URL is not set');
    expect(banner.split('\n').every((line) => !line.startsWith('{'))).toBe(true);
  });

  it('warns a production start without SITE_URL once, and not a configured site', () => {
    const banner = startBanner(trial, { production: true });
    expect(banner.match(/SITE_URL is not set/g)).toHaveLength(1);
    expect(banner).toContain('fine for trying the site on this computer');
    const configured = { ...trial, SITE_URL: 'https://penpals.example.org', siteUrl: 'https://penpals.example.org' };
    expect(startBanner(configured, { production: true })).not.toContain('SITE_URL is not set');
  });

  it('is printed at a terminal or whenever SITE_URL is missing; a configured site’s log collector gets JSON only', () => {
    expect(wantsBanner({ SITE_URL: undefined }, false)).toBe(true);
    expect(wantsBanner({ SITE_URL: 'https://penpals.example.org' }, true)).toBe(true);
    expect(wantsBanner({ SITE_URL: 'https://penpals.example.org' }, false)).toBe(false);
  });
});
