// Response headers for every route, computed by next.config.mjs's headers() at build time: plain JavaScript so
// Node can import it there. SITE_URL is read at build, so a deployment must set it when it builds (README, "A real
// deployment"); a build made without it serves no HSTS, which is the safe way to be wrong.

/**
 * Content-Security-Policy, one static policy for every page, so prerendered pages (articles, /about) stay static.
 *
 * Why script-src has 'unsafe-inline': Next inlines each page's RSC payload as <script>self.__next_f.push(...)
 * </script>. Three ways to allow those without it, and why none is used:
 * - nonce + 'strict-dynamic' set in proxy.ts: a fresh nonce per request means every page renders per request;
 * - hashes: the payload differs per page and per render, and headers() is computed before any page is rendered;
 * - experimental.sri + script-src 'self': SRI adds integrity to the external chunks only (vercel/next.js#95354);
 *   tried here, Chromium blocked the inline payload on every page and nothing hydrated.
 * The nonce build for the numbers below: proxy.ts on every page, the root layout awaiting connection().
 * Measured (wrk -t1 -c4, 8 s per page, gzip, production build via scripts/serve.ts, 12 runs on a shared 2-core
 * machine at load 6-8, requests per second, median [min-max], and as a share of the prerendered /about in the same
 * run):
 *   this policy  /about    593 [465-1251]  p50  5 ms   1.00
 *                article   319 [289-557]   p50 10 ms   0.56 [0.39-0.80]  (proxy.ts stamps the comment form)
 *                /profiles  41 [30-56]     p50 85 ms   0.06 [0.04-0.08]  (rendered per request anyway)
 *   nonces       /about     86 [63-152]    p50 40 ms   0.14 [0.09-0.18]  (now rendered per request)
 *                article    45 [32-81]     p50 83 ms   0.07 [0.05-0.11]  0.14 [0.08-0.18] of the static article
 *                /profiles  43 [24-51]     p50 86 ms   0.07 [0.03-0.11]  (no cost where a page is dynamic already)
 * About seven times fewer articles per second; comments are plain text that React escapes, so the defence against
 * injected script stays the rendering, as before. What the policy adds: no script, style, image, font or connection
 * from another origin, no plugins, no <base> rewriting, forms post only here, no framing.
 *
 * style-src needs 'unsafe-inline' for the style="" attributes React renders (avatar colours, photo sizes); with
 * inline scripts allowed, refusing inline styles would protect nothing more.
 * Images, fonts and connections are all our own: a preview of a chosen photo through URL.createObjectURL would need
 * blob: in img-src (tests/e2e/security-headers.test.ts chooses a photo on /profiles/submit and fails on a violation).
 *
 * @param {{ https: boolean, dev?: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ https, dev = false }) {
  return [
    "default-src 'self'",
    // next dev evaluates code for its error overlay and fast refresh.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/**
 * Every security header, for a site served at `siteUrl`. HSTS and upgrade-insecure-requests only over https, so a
 * site tried out on http://localhost never pins a browser to https.
 *
 * @param {string | undefined} siteUrl
 * @param {{ dev?: boolean }} [options]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(siteUrl, { dev = false } = {}) {
  const https = (siteUrl ?? '').startsWith('https://');
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy({ https, dev }) },
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
  ];
}
