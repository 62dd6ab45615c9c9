// Next renders error pages in the browser only: a page that fails on the server is sent with status 500 as an empty
// shell that its scripts fill in. Without JavaScript that is a blank page. Our server (scripts/serve.ts) puts a
// <noscript> notice at the top of the body of such a response, in the words of the error pages, with the request id
// as the reference (the server's JSON error line carries it too).
import type { ServerResponse } from 'node:http';
import { escapeHtml } from '../html';
import { site } from '../site';

/**
 * The notice for a reader without JavaScript; `reference` is the request id. In the console (`staff`) it says what
 * app/admin/error.tsx says: staff tell whoever runs the site; everyone else writes to the program.
 */
export function serverErrorNotice(reference: string, staff = false): string {
  const quote = `quote the reference <strong>${escapeHtml(reference)}</strong>.`;
  const contact = escapeHtml(site.contactEmail);
  return (
    '<noscript><div style="max-width:42rem;margin:3rem auto;padding:0 1rem;line-height:1.6;' +
    "font-family:ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif\">" +
    '<h1 style="font-size:2.25rem;font-weight:700">Something went wrong</h1>' +
    '<p>This page could not be shown because of a fault on our side, not anything you did. ' +
    (staff
      ? 'Anything already saved is still saved. If you were making a change, look at this page again before you ' +
        'repeat it.</p>' +
        `<p>Please try again in a moment. If it keeps happening, tell whoever runs the site and ${quote}</p>` +
        '<p><a href="/admin">Dashboard</a></p>'
      : 'Anything you had already sent us is safe.</p>' +
        `<p>Please try again in a moment. If it keeps happening, write to us at <a href="mailto:${contact}">` +
        `${contact}</a> and ${quote}</p>` +
        '<p><a href="/">Home</a></p>') +
    '</div></noscript>'
  );
}

const ERROR_TITLE = `<title>Something went wrong · ${escapeHtml(site.name)}</title>`;

/** A part of a page as Next writes it: text, or UTF-8 bytes. */
type Chunk = string | Buffer;

/** `chunk` with the bytes from `start` to `end` replaced by `insert`, of the same kind as it came. */
function splice<T extends Chunk>(chunk: T, start: number, end: number, insert: string): T {
  const bytes: Buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  const joined = Buffer.concat([bytes.subarray(0, start), Buffer.from(insert), bytes.subarray(end)]);
  return (typeof chunk === 'string' ? joined.toString() : joined) as T;
}

// Latin-1 text has one character per byte, so its offsets are byte offsets into the UTF-8 page, cut undecoded.
const asBytes = (chunk: Chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : chunk).toString('latin1');

/** `chunk` with the page's own title (which names a page that was not shown) replaced, or null when it has none. */
export function withErrorTitle<T extends Chunk>(chunk: T): T | null {
  const title = /<title>[^<]*<\/title>/.exec(asBytes(chunk));
  return title ? splice(chunk, title.index, title.index + title[0].length, ERROR_TITLE) : null;
}

/** `chunk` with `notice` just inside its <body> tag, or null when it has no <body> tag. */
export function withNoticeInBody<T extends Chunk>(chunk: T, notice: string): T | null {
  const text = asBytes(chunk);
  const body = text.indexOf('<body');
  const at = body < 0 ? 0 : text.indexOf('>', body) + 1;
  return at > 0 ? splice(chunk, at, at, notice) : null;
}

/**
 * Wraps `res` so that an HTML answer with a 5xx status (set with setHeader and statusCode, as Next does) carries the
 * notice (the console's when `staff`) and the error title. Installed inside the compression step, so it sees the page
 * as Next writes it; every other answer passes through untouched (once its headers are sent, nothing more is looked
 * at).
 */
export function noticeOnServerError(res: ServerResponse, reference: string, staff: boolean): void {
  const write = res.write as (...args: unknown[]) => boolean;
  const end = res.end as (...args: unknown[]) => ServerResponse;
  let title = false;
  let done = false;
  const add = (chunk: unknown): unknown => {
    if (done || (typeof chunk !== 'string' && !Buffer.isBuffer(chunk))) return chunk;
    const errorPage = res.statusCode >= 500 && /^text\/html/i.test(String(res.getHeader('content-type') ?? ''));
    if (!errorPage) {
      done = res.headersSent;
      return chunk;
    }
    let changed: Chunk = chunk;
    const titled = title ? null : withErrorTitle(changed);
    if (titled !== null) [changed, title] = [titled, true];
    const noticed = withNoticeInBody(changed, serverErrorNotice(reference, staff));
    if (noticed !== null) [changed, done] = [noticed, true];
    if (changed !== chunk && !res.headersSent) res.removeHeader('content-length');
    return changed;
  };
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
    return write.call(this, add(chunk), ...rest);
  } as typeof res.write;
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    return end.call(this, add(chunk), ...rest);
  } as typeof res.end;
}
