import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { verifyCredentials } from './credentials';

const secureCookies = env.siteUrl.startsWith('https://');
export const SESSION_COOKIE = secureCookies ? '__Secure-bb.session' : 'bb.session';
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

// Credentials sign-in needs JWT sessions in next-auth 4. Our /signin form is a server action that issues the same
// JWT cookie (see session.ts), so it works without JavaScript and keeps what was typed on error.
export const authOptions: NextAuthOptions = {
  secret: env.authSecret,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: '/signin' },
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: 'lax', path: '/', secure: secureCookies },
    },
  },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        const user = await verifyCredentials(credentials?.email ?? '', credentials?.password ?? '');
        return user ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
};
