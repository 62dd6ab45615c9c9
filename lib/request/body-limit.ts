// Request bodies are refused at our server's door by their declared size: 1 MB for every form, more only for the
// forms that carry files (a profile's photo, a reply's scanned pages). Next's own limit (next.config.mjs) is the
// largest one and would answer 500.

const MB = 1024 * 1024;
export const DEFAULT_BODY_LIMIT = 1 * MB;
export const PHOTO_FORM_BODY_LIMIT = 6 * MB;
/** Reply intake: several scanned pages of up to 10 MB each. */
export const INTAKE_FORM_BODY_LIMIT = 25 * MB;
/**
 * How much of a refused body the server reads and drops so the client gets its 413 page; past it, the connection is
 * cut. Room for a reply intake a few scans over its 25 MB, so the mailroom sees the page rather than a reset.
 */
export const DRAIN_LIMIT = 40 * MB;

const PHOTO_FORMS = /^\/profiles\/submit(\/[^/]+)?$/;

const INTAKE_FORM = /^\/admin\/letters\/intake$/;

export function bodyLimitFor(path: string): number {
  if (INTAKE_FORM.test(path)) return INTAKE_FORM_BODY_LIMIT;
  return PHOTO_FORMS.test(path) ? PHOTO_FORM_BODY_LIMIT : DEFAULT_BODY_LIMIT;
}

/**
 * True when a request's body is larger than its path accepts, or of unknown size: browsers always declare the size of
 * what a form sends, so a body streamed without Content-Length is refused rather than read to the end.
 */
export function bodyTooLarge(path: string, contentLength: string | undefined, chunked = false): boolean {
  if (chunked && contentLength === undefined) return true;
  const length = Number(contentLength ?? 0);
  return !Number.isFinite(length) || length > bodyLimitFor(path);
}

export const TOO_LARGE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>That was too large to send</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>That was too large to send</h1>
<p>What you sent is larger than this form accepts (photos up to 5 MB, scanned replies up to 25 MB together, everything else up to 1 MB). Nothing was saved.</p>
<p>Please go back, make it smaller (a smaller photo, or a shorter text) and send it again.</p>
<p><a href="/">Go to the home page</a></p>
</body></html>`;
