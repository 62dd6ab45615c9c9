import type { Instrumentation } from 'next';
import { log } from './log';
import { loggablePath } from './redact';

/**
 * Every error Next catches in a page, route handler or action, as one JSON line carrying the request id our server
 * gave the request (scripts/serve.ts) and the digest the error page shows the reader as a reference number.
 */
export const logRequestError: Instrumentation.onRequestError = (error, request, context) => {
  const requestId = request.headers['x-request-id'];
  log('error', 'request failed', {
    requestId: typeof requestId === 'string' ? requestId : undefined,
    method: request.method,
    path: loggablePath(request.path),
    route: context.routePath,
    routeType: context.routeType,
    digest: typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : undefined,
    error,
  });
};
