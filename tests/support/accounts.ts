import { rm } from 'node:fs/promises';
import { newSignUpStamp } from '@/lib/accounts/sign-up-stamp';
import { env } from '@/lib/env';
import { readOutbox } from '@/lib/mail/send';
import { runAfterResponse } from './request';

// The sign-up form filled in as a person would (the page served ten seconds ago), and the mail it leads to.

export const GOOD_PASSWORD = 'copper kettle walks north';

let sequence = 0;

/** A fresh address each call, so tests in one file never meet each other's accounts or rate limits. */
export function newEmail(prefix = 'writer'): string {
  sequence += 1;
  return `${prefix}${sequence}@example.org`;
}

export function signUpFields(overrides: Record<string, string | string[] | undefined> = {}) {
  return {
    name: 'Robin',
    email: newEmail(),
    password: GOOD_PASSWORD,
    country: 'US',
    interests: ['chess', 'books'],
    languages: ['english'],
    offers: ['friendship'],
    adult: 'on',
    rules: 'on',
    company: '',
    stamp: newSignUpStamp(Date.now() - 10_000),
    ...overrides,
  };
}

export async function clearOutbox() {
  await rm(env.outboxDir, { recursive: true, force: true });
}

/** Mail sent to `to` so far, after the work the request left for after its response. */
export async function mailTo(to: string) {
  await runAfterResponse();
  return (await readOutbox()).filter((mail) => mail.to === to);
}

/** The token of the first `/path/<token>` link in a message. */
export function tokenIn(mail: { text: string }, path: '/verify-email' | '/reset-password'): string {
  const match = new RegExp(`${env.siteUrl}${path}/([\\w-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in:\n${mail.text}`);
  return match[1]!;
}
