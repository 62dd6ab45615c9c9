import { expect } from 'vitest';
import { SESSION_COOKIE } from '@/lib/auth/options';
import { readOutbox } from '@/lib/mail/send';
import { request } from './request';
import { signInAs } from './users';

/** Signs `user` in once more, as another browser would: a new Session row; returns that browser's cookie. */
export async function newBrowserFor(user: { id: string; email: string; name: string }): Promise<string> {
  await signInAs(user);
  return request.cookies.get(SESSION_COOKIE)!.value;
}

/** Makes the fake request carry `cookie`, as if that browser sent the next request. */
export function switchToBrowser(cookie: string) {
  request.cookies.set(SESSION_COOKIE, { name: SESSION_COOKIE, value: cookie });
}

/** Where a server action's redirect() points; fails the test if it did not redirect. */
export async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  expect(error?.digest).toMatch(/^NEXT_REDIRECT/);
  return error!.digest!.split(';')[2]!;
}

/** Messages queued for `address`, oldest first. */
export async function mailsTo(address: string) {
  return (await readOutbox()).filter((mail) => mail.to === address);
}
