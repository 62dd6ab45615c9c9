import { gzipSync } from 'node:zlib';

// What a page makes a current browser download in JavaScript: every script it loads (by `src`, or listed for
// Turbopack's runtime) plus its inline scripts, gzip-compressed. `nomodule` scripts (Next's polyfills for browsers
// without ES modules) are left out: a browser that runs modules never fetches them.

export const PAGE_JS_BUDGET_KB = 180;

export type PageJs = { path: string; kb: number; scripts: { src: string; kb: number }[]; inlineKb: number };

const gzipKb = (body: Buffer) => gzipSync(body, { level: 9 }).length / 1024;

export async function measurePageJs(base: string, path: string, headers?: Record<string, string>): Promise<PageJs> {
  const page = await fetch(new URL(path, base), { headers, redirect: 'manual' });
  if (!page.ok) throw new Error(`${path}: HTTP ${page.status}`);
  const html = await page.text();
  const tags = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  const external = tags
    .filter(([, attributes]) => !/\snomodule\b/i.test(attributes!))
    .map(([, attributes]) => attributes!.match(/\ssrc="([^"]+)"/)?.[1])
    .filter((src): src is string => Boolean(src));
  const listed = [...html.matchAll(/"(static\/chunks\/[^"]+\.js)"/g)].map((m) => `/_next/${m[1]}`);
  const inline = tags.filter(([, attributes]) => !/\ssrc=/.test(attributes!)).map(([, , body]) => body!);

  const scripts = [];
  for (const src of new Set([...external, ...listed])) {
    const response = await fetch(new URL(src, base));
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    scripts.push({ src, kb: gzipKb(Buffer.from(await response.arrayBuffer())) });
  }
  const inlineKb = gzipKb(Buffer.from(inline.join('\n')));
  const kb = scripts.reduce((sum, script) => sum + script.kb, inlineKb);
  return { path, kb, scripts, inlineKb };
}
