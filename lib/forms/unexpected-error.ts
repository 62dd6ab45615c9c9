import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { log } from '@/lib/observability/log';
import { requestId } from '@/lib/request/client';
import type { ActionState } from './action-state';

export const UNEXPECTED_ERROR_MESSAGE = 'Something went wrong on our side; nothing was saved. Please try again.';

/**
 * The answer to an error no action expected (the database gone, a bug): one JSON log line with the request id, and a
 * state that keeps what was typed, so the reader can send it again. True to its message only because every action
 * writes in one transaction and does nothing after it that can fail. Next's redirect() and notFound() are thrown on.
 */
export async function unexpectedErrorState(
  error: unknown,
  values: Record<string, string>,
): Promise<ActionState<never>> {
  unstable_rethrow(error);
  log('error', 'action failed', { requestId: await requestId().catch(() => undefined), error });
  return { ok: false, message: UNEXPECTED_ERROR_MESSAGE, values };
}
