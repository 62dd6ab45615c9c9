import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/env';

/** A deleted account keeps its email only as this keyed hash: it recognises the address again, and reveals nothing. */
export function deletedEmailHash(email: string): string {
  return createHmac('sha256', env.authSecret).update(email.toLowerCase()).digest('hex');
}
