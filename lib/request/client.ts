import 'server-only';
import { createHmac } from 'node:crypto';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { CLIENT_ADDRESS_HEADER } from './client-address';

/**
 * The caller's address, as our server (scripts/serve.ts) worked it out from the socket and TRUST_PROXY_HOPS. Rate
 * limits key on it, so it must never fall back to a value every client would share.
 */
export async function clientIp(): Promise<string> {
  const address = (await headers()).get(CLIENT_ADDRESS_HEADER);
  if (!address)
    throw new Error(
      `No ${CLIENT_ADDRESS_HEADER} header: serve the site with scripts/serve.ts (npm start, npm run serve or npm run dev).`,
    );
  return address;
}

/** The id our server gave this request (scripts/serve.ts), which its access log line carries too. */
export async function requestId(): Promise<string | undefined> {
  return (await headers()).get('x-request-id') ?? undefined;
}

/** IPs are stored only as keyed hashes: enough to see repeat offenders, useless to anyone who copies the database. */
export function hashIp(ip: string): string {
  return createHmac('sha256', env.authSecret).update(`ip:${ip}`).digest('hex').slice(0, 32);
}
