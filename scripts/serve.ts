// Our HTTP server around Next's request handler: JSON access logs with a request id, the client's address worked out
// from the socket (the app's rate limits key on it), body-size limits with a friendly 413, a notice for readers
// without JavaScript on a page that failed (lib/request/server-error-notice.ts), compression and ETags
// (a page Next serves from its cache is hashed and compressed once: lib/request/compression.ts; the build's scripts
// and styles are compressed once with brotli: lib/request/static-assets.ts), the shared copies of
// the directory and profile pages for visitors (lib/request/shared-copy-route.ts), and a clean shutdown that lets
// requests in flight finish.
// `--dev` runs Next's development server inside the same wrapper.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import next from 'next';
import { distDir } from '../lib/build/dist-dir.mjs';
import { env } from '../lib/env';
import { loggablePath } from '../lib/observability/redact';
import { log } from '../lib/observability/log';
import { bodyTooLarge, DRAIN_LIMIT, TOO_LARGE_PAGE } from '../lib/request/body-limit';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '../lib/request/client-address';
import { compressResponses, KeptResponses } from '../lib/request/compression';
import { noticeOnServerError } from '../lib/request/server-error-notice';
import { routeSharedCopy } from '../lib/request/shared-copy-route';
import { PackedAssets, serveStaticAssets } from '../lib/request/static-assets';
import { startBanner, wantsBanner } from './start-banner';

const dev = process.argv.includes('--dev');
const port = env.PORT;
const hostname = env.bindAddress;
const SHUTDOWN_GRACE_MS = 15_000;
/** Pages kept in memory with their ETags and compressed copies (lib/request/compression.ts). */
const KEPT_PAGES_BYTES = 32 * 1024 * 1024;

// Next names itself localhost whatever address we bind: a proxy rewrite to the page's own URL (the 410 for an
// unlisted profile) must look internal to it, and a 0.0.0.0 origin would make it proxy the request to itself.
// In production Next would also print each request error as plain text; instrumentation.ts logs it as JSON instead.
const app = next({ dev, hostname: 'localhost', port, quiet: !dev });
const handle = app.getRequestHandler();
await app.prepare();
const compress = compressResponses(new KeptResponses(KEPT_PAGES_BYTES));
// A development server's files change as they are edited: Next serves them.
const serveStatic = serveStaticAssets(dev ? new PackedAssets(new Map()) : PackedAssets.of(join(distDir, 'static')));

const server = createServer((req, res) => {
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  req.headers['x-request-id'] = requestId;
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    env.TRUST_PROXY_HOPS,
  );
  res.setHeader('X-Request-Id', requestId);
  const path = req.url?.split('?')[0] ?? '/';
  const started = performance.now();
  res.on('finish', () => {
    log('info', 'request', {
      requestId,
      method: req.method,
      path: loggablePath(path),
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
    });
  });

  if (
    req.method === 'POST' &&
    bodyTooLarge(path, req.headers['content-length'], req.headers['transfer-encoding'] !== undefined)
  ) {
    refuseTooLarge(req, res);
    return;
  }
  serveStatic(req, res, () =>
    compress(req, res, () => {
      noticeOnServerError(res, requestId, path === '/admin' || path.startsWith('/admin/'));
      routeSharedCopy(req)
        // Without a copy the page is rendered for this request (its own errors are logged by instrumentation.ts).
        .catch((error: unknown) => log('error', 'shared copy not chosen', { requestId, error }))
        .then(() => handle(req, res))
        .catch((error: unknown) => {
          log('error', 'unhandled request error', { requestId, error });
          if (!res.headersSent) res.writeHead(500).end();
        });
    }),
  );
});

/**
 * Answers 413 and reads the rest of the body without keeping it: a server that closes while the client is still
 * sending makes the client see a reset connection instead of the page. Past DRAIN_LIMIT the connection is cut.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse) {
  res.writeHead(413, { 'Content-Type': 'text/html; charset=utf-8' }).end(TOO_LARGE_PAGE);
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
}

server.listen(port, hostname, () => {
  if (wantsBanner(env, process.stdout.isTTY)) process.stdout.write(startBanner(env, { production: !dev }));
  log('info', 'listening', { port, hostname, pid: process.pid, dev });
});

let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log('info', 'shutting down', { signal });
  // Stop accepting connections; idle keep-alive sockets close now, busy ones after their response.
  server.close(() => {
    log('info', 'stopped', { signal });
    process.exit(0);
  });
  server.closeIdleConnections();
  setTimeout(() => {
    log('warn', 'forced exit after grace period', { graceMs: SHUTDOWN_GRACE_MS });
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
