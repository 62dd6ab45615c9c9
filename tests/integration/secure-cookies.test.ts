import { describe, expect, it } from 'vitest';
import { formData } from '../support/form';
import { request } from '../support/request';

// As on an https deployment. Modules that read the environment are loaded after it is set (static imports would
// be evaluated first).
process.env.SITE_URL = 'https://penpals.example.org';
const { signIn } = await import('@/lib/auth/actions');
const { createUser } = await import('../support/users');

describe('on an https site', () => {
  it('names the session cookie __Host- and marks it Secure, host-only, for the whole site', async () => {
    const user = await createUser('penpal');
    await signIn({ ok: false }, formData({ email: user.email, password: 'correct horse battery staple' })).catch(
      () => null,
    );
    const cookie = request.cookies.get('__Host-bb.session');
    expect(cookie?.options).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'lax' });
    expect(cookie?.options).not.toHaveProperty('domain');
  });
});
