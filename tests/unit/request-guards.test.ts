import { describe, expect, it } from 'vitest';
import { bindAddressFor, seedDemoByDefault } from '@/lib/env';
import { loggablePath } from '@/lib/observability/redact';
import { bodyTooLarge } from '@/lib/request/body-limit';
import { clientAddress, normaliseAddress } from '@/lib/request/client-address';

describe('clientAddress', () => {
  it('uses the socket peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('198.51.100.9', '203.0.113.1', 0)).toBe('198.51.100.9');
    expect(clientAddress('198.51.100.9', ['203.0.113.1', '203.0.113.2'], 0)).toBe('198.51.100.9');
  });

  it('behind one proxy takes the right-most forwarded entry, not the left-most a client can write', () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; our proxy appended the address it saw.
    expect(clientAddress('127.0.0.1', '1.2.3.4, 198.51.100.9', 1)).toBe('198.51.100.9');
    expect(clientAddress('127.0.0.1', '198.51.100.9', 1)).toBe('198.51.100.9');
  });

  it('behind two proxies skips both', () => {
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.9, 10.0.0.1', 2)).toBe('198.51.100.9');
  });

  it('with more trusted hops than entries falls back to the left-most, never to a shared constant', () => {
    expect(clientAddress('127.0.0.1', undefined, 1)).toBe('127.0.0.1');
    expect(clientAddress('10.0.0.2', '198.51.100.9', 3)).toBe('198.51.100.9');
    expect(clientAddress(undefined, undefined, 0)).toBe('no-address');
  });

  it('treats IPv4-mapped IPv6 as IPv4 and groups IPv6 by /64', () => {
    expect(normaliseAddress('::ffff:198.51.100.9')).toBe('198.51.100.9');
    expect(normaliseAddress('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(normaliseAddress('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(normaliseAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64');
  });
});

describe('loggablePath', () => {
  it('hides the private token of a correction link and drops query strings', () => {
    expect(loggablePath('/profiles/submit/abcDEF123_-x?x=1')).toBe('/profiles/submit/[token]');
    expect(loggablePath('/profiles/submit')).toBe('/profiles/submit');
    expect(loggablePath('/profiles/some-one-abc123?q=secret')).toBe('/profiles/some-one-abc123');
  });

  it('hides the tokens of email confirmation and password reset links', () => {
    expect(loggablePath('/verify-email/abcDEF123_-xyzabcDEF123_-x')).toBe('/verify-email/[token]');
    expect(loggablePath('/reset-password/abcDEF123_-xyzabcDEF123_-x')).toBe('/reset-password/[token]');
  });

  it('hides the token of a change-of-email link', () => {
    expect(loggablePath('/account/email/confirm/abcDEF123_-xyzabcDEF123_-x')).toBe('/account/email/confirm/[token]');
    expect(loggablePath('/account/email')).toBe('/account/email');
  });
});

describe('bodyTooLarge', () => {
  it('allows 6 MB only to the photo form and 1 MB elsewhere', () => {
    expect(bodyTooLarge('/profiles/submit', String(5.5 * 1024 * 1024))).toBe(false);
    expect(bodyTooLarge('/profiles/submit/token123', String(5.5 * 1024 * 1024))).toBe(false);
    expect(bodyTooLarge('/profiles/submit', String(7 * 1024 * 1024))).toBe(true);
    expect(bodyTooLarge('/articles/why-writing-matters', String(2 * 1024 * 1024))).toBe(true);
    expect(bodyTooLarge('/signin', '900000')).toBe(false);
    expect(bodyTooLarge('/signin', undefined)).toBe(false);
    // A streamed body of unknown size would have to be read to the end to know; browsers never send one.
    expect(bodyTooLarge('/signin', undefined, true)).toBe(true);
    expect(bodyTooLarge('/signin', 'lots')).toBe(true);
  });
});

describe('seedDemoByDefault', () => {
  it('seeds a local trial but not a site with a public address or a configured admin', () => {
    expect(seedDemoByDefault(undefined, 'http://localhost:3000', undefined)).toBe(true);
    expect(seedDemoByDefault(undefined, 'http://127.0.0.1:3123', undefined)).toBe(true);
    expect(seedDemoByDefault(undefined, 'https://penpals.example.org', undefined)).toBe(false);
    expect(seedDemoByDefault(undefined, 'http://localhost:3000', 'boss@program.example')).toBe(false);
  });

  it('obeys SEED_DEMO when it is set', () => {
    expect(seedDemoByDefault('false', 'http://localhost:3000', undefined)).toBe(false);
    expect(seedDemoByDefault('true', 'https://penpals.example.org', 'boss@program.example')).toBe(true);
  });
});

describe('bindAddressFor', () => {
  it('listens on loopback only when a proxy is in front, unless told where', () => {
    expect(bindAddressFor(undefined, 0)).toBe('0.0.0.0');
    expect(bindAddressFor(undefined, 1)).toBe('127.0.0.1');
    expect(bindAddressFor('10.0.0.5', 1)).toBe('10.0.0.5');
  });
});
