// Compression and ETags for our server (scripts/serve.ts), in place of Next's own (`compress: false` and
// `generateEtags: false` in next.config.mjs). Whatever Next streams (a page rendered for one request, a file) is
// compressed on the way out by the `compression` package, as Next's own was. A page Next answers from its cache comes
// whole, in one `end()`, with a Cache-Control for shared caches: the same bytes for every visitor until it changes.
// Next hashed each such body in JavaScript for its ETag and our stream compressed it again on every request, together
// more than half of the directory page's time; here each one is hashed and compressed once, and kept in memory
// (the least recently used dropped past a size).
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import compression from 'compression';
import Negotiator from 'negotiator';
import { SHARED_KEY_HEADER, SHARED_VERSION_HEADER } from './shared-copy-rewrite.mjs';

type Body = string | Buffer;
type Encoding = 'br' | 'gzip' | 'identity';
type Kept = { source: Body; bytes: number; etag: string; encoded: Map<Encoding, Buffer> };

/** What the `compression` package offers too, in its order of preference. */
const ENCODINGS: Encoding[] = ['br', 'gzip', 'identity'];
const PREFERRED: Encoding[] = ['br', 'gzip'];
const MIN_BYTES = 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|rss\+xml|atom\+xml|manifest\+json)\b)/;
/** Kept only when meant for shared caches: never a response for one person (private, no-store). */
const SHARED = /\b(s-maxage|public)\b/;
const PERSONAL = /\b(private|no-store|no-transform)\b/;
/**
 * Next answers one URL with HTML or with its RSC payload (and prefetch variants) by these request headers; a visitor's
 * directory and profile pages are shared copies named by ours (shared-copy-route.ts).
 */
const VARIANT_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-router-state-tree',
  SHARED_VERSION_HEADER,
  SHARED_KEY_HEADER,
];

/**
 * Responses kept by request (URL and Next's variant headers), each with its ETag and its compressed bodies, the least
 * recently used dropped past `maxBytes`. The request only finds the entry: it is used when the body Next sends now is
 * the very one kept, so a page is never answered with another page's bytes or an old version of itself.
 */
export class KeptResponses {
  private readonly entries = new Map<string, Kept>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get size() {
    return this.entries.size;
  }

  has(key: string) {
    return this.entries.has(key);
  }

  /** The ETag of `source` and its body in `encoding`, from memory when this request was answered with it before. */
  answer(key: string, source: Body, encoding: Encoding): { etag: string; body: Body; bytes: number } {
    let kept = this.entries.get(key);
    if (kept && sameBody(kept.source, source)) {
      this.entries.delete(key);
      this.entries.set(key, kept);
    } else {
      if (kept) this.forget(key, kept);
      const bytes = byteLength(source);
      kept = { source, bytes, etag: etagOf(source), encoded: new Map() };
      this.store(key, kept, bytes);
    }
    if (encoding === 'identity' && typeof kept.source !== 'string')
      return { etag: kept.etag, body: kept.source, bytes: kept.bytes };
    let body = kept.encoded.get(encoding);
    if (!body) {
      body = encode(encoding, kept.source);
      kept.encoded.set(encoding, body);
      if (this.entries.get(key) === kept) this.store(key, kept, body.length);
    }
    return { etag: kept.etag, body, bytes: body.length };
  }

  private store(key: string, kept: Kept, added: number) {
    this.entries.set(key, kept);
    this.bytes += added;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.forget(oldest, entry);
    }
  }

  private forget(key: string, kept: Kept) {
    this.entries.delete(key);
    this.bytes -= kept.bytes;
    for (const body of kept.encoded.values()) this.bytes -= body.length;
  }
}

/**
 * The body in `encoding`. Uncompressed, a page Next hands over as a string is turned into bytes once (0.12 ms for the
 * directory's 96 kB, on every request before). Compressed no harder than a stream's compression (about 1 ms for the
 * directory): a request with a query string never seen before misses the cache, so a client making up URLs must not
 * cost the server more than before. Quality 8 would save only 2% more.
 */
function encode(encoding: Encoding, source: Body): Buffer {
  const bytes = typeof source === 'string' ? Buffer.from(source) : source;
  if (encoding === 'identity') return bytes;
  return encoding === 'br'
    ? brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      })
    : gzipSync(bytes, { level: 6 });
}

const etagOf = (source: Body) => `"${createHash('sha1').update(source).digest('base64url')}"`;
const byteLength = (body: Body) => (typeof body === 'string' ? Buffer.byteLength(body) : body.length);
const sameBody = (a: Body, b: Body) =>
  typeof a === 'string' && typeof b === 'string'
    ? a === b
    : typeof a !== 'string' && typeof b !== 'string' && a.equals(b);

/** Whether this response, about to be sent whole with `body`, is one every visitor gets alike. */
function isShared(req: IncomingMessage, res: ServerResponse, body: unknown): body is Body {
  if (req.method !== 'GET' || res.statusCode !== 200 || res.getHeader('Content-Encoding') !== undefined) return false;
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return false;
  const cacheControl = String(res.getHeader('Cache-Control') ?? '');
  // A string has at most as many characters as bytes: counting its bytes would cost a pass over it.
  return SHARED.test(cacheControl) && !PERSONAL.test(cacheControl) && body.length >= MIN_BYTES;
}

function encodingFor(req: IncomingMessage, res: ServerResponse): Encoding {
  return COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? '')) ? acceptedEncoding(req) : 'identity';
}

/** The encoding this request takes that we prefer. */
export function acceptedEncoding(req: IncomingMessage): Encoding {
  // Negotiator 0.6.4 takes the server's preference for equal weights (as `compression` asks); its types do not say so.
  const negotiate = Negotiator.prototype.encoding as (
    this: Negotiator,
    available: string[],
    preferred: string[],
  ) => string;
  const encoding = negotiate.call(new Negotiator(req), ENCODINGS, PREFERRED);
  return encoding === 'br' || encoding === 'gzip' ? encoding : 'identity';
}

const requestKey = (req: IncomingMessage) =>
  [req.url, ...VARIANT_HEADERS.map((name) => req.headers[name] ?? '')].join('\n');

/** If-None-Match names this ETag (compared weakly, as for a GET). */
function notModified(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => bare(tag) === etag);
}

/**
 * The compression step of our server: call it with each request and hand the request on in `next`. A response that
 * Next sends whole for shared caches gets its ETag (a 304 when the browser has it) and its body from `kept`;
 * everything else is compressed as it streams.
 */
export function compressResponses(kept: KeptResponses) {
  // The package is typed for Express; it uses nothing of Express's own.
  const streaming = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    streaming(req, res, () => {
      // Wrapped over the streaming step's own write and end: a body encoded here carries its Content-Encoding, and
      // the streaming step passes it through ("already encoded").
      const write = res.write;
      const end = res.end as (chunk?: Body, done?: () => void) => ServerResponse;
      let streamed = false;
      res.write = function (this: ServerResponse, ...args: Parameters<typeof write>) {
        streamed = true;
        return write.apply(this, args);
      } as typeof write;
      res.end = function (this: ServerResponse, ...args: unknown[]) {
        const [body] = args;
        if (streamed || res.headersSent || !isShared(req, res, body))
          return (end as (...all: unknown[]) => ServerResponse).apply(this, args);
        const done = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
        const encoding = encodingFor(req, res);
        const answer = kept.answer(requestKey(req), body, encoding);
        res.setHeader('ETag', answer.etag);
        if (notModified(req, answer.etag)) {
          res.statusCode = 304;
          for (const name of ['Content-Type', 'Content-Length', 'Content-Encoding']) res.removeHeader(name);
          return end.call(this, undefined, done);
        }
        if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
        res.setHeader('Content-Length', answer.bytes);
        return end.call(this, answer.body, done);
      } as typeof res.end;
      next();
    });
  };
}
