// Measures the JavaScript an article page ships: every script it loads plus inline scripts, gzip-compressed.
// usage: npm run bench:article-js -- [base URL, default http://localhost:3000] [path]
// BENCH_COOKIE='name=value' measures a signed-in page (the inbox, say) with that session cookie.
import { gzipSync } from 'node:zlib';

const base = process.argv[2] ?? 'http://localhost:3000';
const path = process.argv[3] ?? '/articles/how-to-write-your-first-letter';
const headers = process.env.BENCH_COOKIE ? { cookie: process.env.BENCH_COOKIE } : undefined;
const page = await fetch(new URL(path, base), { headers, redirect: 'manual' });
if (!page.ok) throw new Error(`${path}: HTTP ${page.status} (signed-in pages need BENCH_COOKIE)`);
const html = await page.text();

const external = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
// Chunks the page loads through Turbopack's runtime list rather than a src attribute.
const listed = [...html.matchAll(/"(static\/chunks\/[^"]+\.js)"/g)].map((m) => `/_next/${m[1]}`);
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);

let total = 0;
for (const src of new Set([...external, ...listed])) {
  const response = await fetch(new URL(src, base));
  if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const size = gzipSync(body, { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} kB  ${src}`);
}
const inlineSize = gzipSync(Buffer.from(inline.join('\n')), { level: 9 }).length;
total += inlineSize;
console.log(`${(inlineSize / 1024).toFixed(1).padStart(7)} kB  (inline scripts, including the RSC payload)`);
console.log(
  `page-js path=${path} gzip_kb=${(total / 1024).toFixed(1)} scripts=${new Set([...external, ...listed]).size}`,
);
