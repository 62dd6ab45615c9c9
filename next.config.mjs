import { createRequire } from 'node:module';
import { distDir } from './lib/build/dist-dir.mjs';
import { sharedCopyRewrites } from './lib/request/shared-copy-rewrite.mjs';
import { securityHeaders } from './lib/security/headers.mjs';

const require = createRequire(import.meta.url);

/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir,
  poweredByHeader: false,
  // Our server compresses and sets ETags (lib/request/compression.ts): each page Next serves from its cache is hashed
  // and compressed once there, not on every request.
  compress: false,
  generateEtags: false,
  // Several instances share rendered pages and revalidations through Redis; read at start-up, not at build.
  // This handler serves `cacheHandler` only: 'use cache' and cacheComponents would need a `cacheHandlers` one too.
  // Without Redis, Next's own cache keeps them in memory only (an LRU of cacheMaxMemorySize): written to disk, the
  // shared copies of every data version (lib/profiles/shared-pages.ts) would pile up there for good. What the build
  // prerenders is read from disk either way. (Not our handler in memory: Next imports a custom handler on every
  // request, which costs 0.25 ms each under tsx's loader.)
  ...(process.env.REDIS_URL
    ? { cacheHandler: require.resolve('./lib/cache/cache-handler.mjs'), cacheMaxMemorySize: 0 }
    : { cacheMaxMemorySize: 128 * 1024 * 1024 }),
  // Native modules stay outside the server bundle.
  serverExternalPackages: [
    'better-sqlite3',
    '@node-rs/argon2',
    '@prisma/adapter-better-sqlite3',
    'ioredis',
    'rate-limiter-flexible',
  ],
  typedRoutes: false,
  // The largest form: reply intake's scanned pages (25 MB together). Our server (scripts/serve.ts) refuses a body
  // larger than its own path's limit first (lib/request/body-limit.ts), so every other form keeps its smaller one.
  experimental: { serverActions: { bodySizeLimit: '25mb' }, isrFlushToDisk: false },
  // Hosts that each build for themselves must agree on the build id (and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).
  ...(process.env.BUILD_ID ? { generateBuildId: async () => process.env.BUILD_ID } : {}),
  // A visitor's directory and profile pages go to their shared copies, chosen by our server
  // (lib/request/shared-copy-route.ts).
  async rewrites() {
    return { beforeFiles: sharedCopyRewrites, afterFiles: [], fallback: [] };
  },
  async headers() {
    // SITE_URL as set when building: https:// adds HSTS (lib/security/headers.mjs).
    const dev = process.env.NODE_ENV === 'development';
    return [{ source: '/:path*', headers: securityHeaders(process.env.SITE_URL, { dev }) }];
  },
};

export default nextConfig;
