// Production server: Next's request handler inside our own HTTP server, for JSON access logs with a request id and
// a clean shutdown that lets requests in flight finish when the process gets SIGTERM.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import next from 'next';
import { log } from '../lib/observability/log';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME_BIND ?? '0.0.0.0';
const SHUTDOWN_GRACE_MS = 15_000;

// Next names itself localhost whatever address we bind: a proxy rewrite to the page's own URL (the 410 for an
// unlisted profile) must look internal to it, and a 0.0.0.0 origin would make it proxy the request to itself.
const app = next({ dev: false, hostname: 'localhost', port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  req.headers['x-request-id'] = requestId;
  res.setHeader('X-Request-Id', requestId);
  const started = performance.now();
  res.on('finish', () => {
    log('info', 'request', {
      requestId,
      method: req.method,
      path: req.url?.split('?')[0],
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
    });
  });
  handle(req, res).catch((error: unknown) => {
    log('error', 'unhandled request error', { requestId, error });
    if (!res.headersSent) res.writeHead(500).end();
  });
});

server.listen(port, hostname, () => log('info', 'listening', { port, hostname, pid: process.pid }));

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
