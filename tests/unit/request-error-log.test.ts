import { describe, expect, it, vi } from 'vitest';
import { onRequestError } from '@/instrumentation';

describe('onRequestError', () => {
  it('writes one JSON line with the request id, route, method, digest and error, and no private token', async () => {
    const written: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    const error = Object.assign(new Error('relation "Profile" does not exist'), { digest: '31415' });
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');

    await onRequestError(
      error,
      {
        path: '/profiles/submit/abcDEF123secret?x=1',
        method: 'POST',
        headers: { 'x-request-id': 'req-42', cookie: 'session=s3cret' },
      },
      {
        routerKind: 'App Router',
        routePath: '/(site)/profiles/submit/[token]',
        routeType: 'action',
        revalidateReason: undefined,
      },
    );
    stderr.mockRestore();
    vi.unstubAllEnvs();

    expect(written).toHaveLength(1);
    expect(written[0]!.endsWith('\n')).toBe(true);
    const line = JSON.parse(written[0]!);
    expect(line).toMatchObject({
      level: 'error',
      msg: 'request failed',
      requestId: 'req-42',
      method: 'POST',
      path: '/profiles/submit/[token]',
      route: '/(site)/profiles/submit/[token]',
      routeType: 'action',
      digest: '31415',
      error: { name: 'Error', message: 'relation "Profile" does not exist' },
    });
    expect(line.error.stack).toContain('request-error-log.test.ts');
    expect(written[0]).not.toMatch(/secret|s3cret/);
  });
});
