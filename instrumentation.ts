import type { Instrumentation } from 'next';

// Next also builds this file for the Edge runtime, which has no process.stdout; our server runs Node.js only.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { logRequestError } = await import('./lib/observability/request-error');
    await logRequestError(error, request, context);
  }
};
