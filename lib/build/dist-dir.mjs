// Where `next build` writes and the server reads the build: tests build into their own folder so they never disturb a
// running site. Plain JavaScript: next.config.mjs imports it, and so does our server (scripts/serve.ts).
export const distDir = process.env.NEXT_DIST_DIR || '.next';
