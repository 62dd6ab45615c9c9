// The JavaScript each public page ships, against the budget of issue 13 (PAGE_JS_BUDGET_KB, gzip).
// usage: npm run bench:page-js -- [base URL, default http://localhost:3000] [paths…, default the public pages]
// BENCH_COOKIE='name=value' measures a signed-in page (the inbox, say) with that session cookie.
// BENCH_VERBOSE=1 lists each script.
import { aProfilePath } from './bench-paths';
import { PAGE_JS_BUDGET_KB, measurePageJs } from './page-js';

const [base = 'http://localhost:3000', ...given] = process.argv.slice(2);
const headers = process.env.BENCH_COOKIE ? { cookie: process.env.BENCH_COOKIE } : undefined;

const paths = given.length
  ? given
  : [
      '/',
      '/about',
      '/articles/how-to-write-your-first-letter',
      '/profiles',
      await aProfilePath(base),
      '/profiles/submit',
      '/signup',
      '/signin',
    ];

for (const path of paths) {
  const result = await measurePageJs(base, path, headers);
  if (process.env.BENCH_VERBOSE)
    for (const script of [...result.scripts, { src: '(inline scripts, with the RSC payload)', kb: result.inlineKb }])
      console.log(`${script.kb.toFixed(1).padStart(7)} kB  ${script.src}`);
  const verdict = result.kb <= PAGE_JS_BUDGET_KB ? 'within' : 'OVER';
  console.log(
    `page-js path=${path} gzip_kb=${result.kb.toFixed(1)} scripts=${result.scripts.length} budget_kb=${PAGE_JS_BUDGET_KB} ${verdict}`,
  );
}
