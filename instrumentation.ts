import type { Instrumentation } from 'next';

/** At start-up: tell our server (scripts/serve.ts) how to find a visitor's shared copy of a page. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const [{ registerSharedCopyRoute }, { sharedCopyOf }] = await Promise.all([
      import('./lib/request/shared-copy-route'),
      import('./lib/profiles/shared-route'),
    ]);
    registerSharedCopyRoute(sharedCopyOf);
  }
}

// Next also builds this file for the Edge runtime, which has no process.stdout; our server runs Node.js only.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { logRequestError } = await import('./lib/observability/request-error');
    await logRequestError(error, request, context);
  }
};
