import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/security/headers.mjs';

const header = (headers: { key: string; value: string }[], key: string) => headers.find((h) => h.key === key)?.value;
const directives = (policy: string | undefined) => (policy ?? '').split('; ').map((d) => d.split(' ')[0]);

describe('securityHeaders', () => {
  it('adds HSTS and upgrade-insecure-requests for a site served over https', () => {
    const headers = securityHeaders('https://penpals.example.org');
    expect(header(headers, 'Strict-Transport-Security')).toBe('max-age=63072000; includeSubDomains');
    expect(directives(header(headers, 'Content-Security-Policy'))).toContain('upgrade-insecure-requests');
  });

  it('adds neither on http or when SITE_URL was not set at build, so a local try-out never pins a browser to https', () => {
    for (const siteUrl of ['http://localhost:3000', 'http://127.0.0.1:3123', undefined]) {
      const headers = securityHeaders(siteUrl);
      expect(header(headers, 'Strict-Transport-Security')).toBeUndefined();
      expect(directives(header(headers, 'Content-Security-Policy'))).not.toContain('upgrade-insecure-requests');
    }
  });

  it('keeps the policy and the other headers the same either way', () => {
    for (const siteUrl of ['https://penpals.example.org', 'http://localhost:3000']) {
      const headers = securityHeaders(siteUrl);
      const policy = header(headers, 'Content-Security-Policy');
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ]) {
        expect(policy).toContain(directive);
      }
      expect(policy).not.toContain('unsafe-eval');
      expect(header(headers, 'Cross-Origin-Opener-Policy')).toBe('same-origin');
      expect(header(headers, 'X-Frame-Options')).toBe('DENY');
      expect(header(headers, 'X-Content-Type-Options')).toBe('nosniff');
    }
  });

  it("lets only next dev evaluate code ('unsafe-eval' for its error overlay)", () => {
    expect(header(securityHeaders('http://localhost:3000', { dev: true }), 'Content-Security-Policy')).toContain(
      "'unsafe-eval'",
    );
  });
});
