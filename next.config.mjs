import { createRequire } from 'node:module';
import { securityHeaders } from './lib/security/headers.mjs';

const require = createRequire(import.meta.url);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so they never disturb a running site.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Several instances share rendered pages and revalidations through Redis; read at start-up, not at build.
  // This handler serves `cacheHandler` only: 'use cache' and cacheComponents would need a `cacheHandlers` one too.
  ...(process.env.REDIS_URL
    ? { cacheHandler: require.resolve('./lib/cache/cache-handler.mjs'), cacheMaxMemorySize: 0 }
    : {}),
  // Native modules stay outside the server bundle.
  serverExternalPackages: [
    'better-sqlite3',
    '@node-rs/argon2',
    '@prisma/adapter-better-sqlite3',
    'ioredis',
    'rate-limiter-flexible',
  ],
  typedRoutes: false,
  // A profile submission carries one photo of up to 5 MB besides its text fields.
  experimental: { serverActions: { bodySizeLimit: '6mb' } },
  // Hosts that each build for themselves must agree on the build id (and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).
  ...(process.env.BUILD_ID ? { generateBuildId: async () => process.env.BUILD_ID } : {}),
  async headers() {
    // SITE_URL as set when building: https:// adds HSTS (lib/security/headers.mjs).
    const dev = process.env.NODE_ENV === 'development';
    return [{ source: '/:path*', headers: securityHeaders(process.env.SITE_URL, { dev }) }];
  },
};

export default nextConfig;
