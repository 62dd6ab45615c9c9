// The rewrites that send a visitor's /profiles and /profiles/<slug> to the copy every visitor shares
// (app/(site)/shared/*), from the headers our server sets (lib/request/shared-copy-route.ts). Plain JavaScript:
// next.config.mjs and proxy.ts load it.

export const SHARED_VERSION_HEADER = 'x-bb-shared-version';
export const SHARED_KEY_HEADER = 'x-bb-shared-key';

const named = [
  { type: 'header', key: SHARED_VERSION_HEADER, value: '(?<version>[\\w.-]+)' },
  { type: 'header', key: SHARED_KEY_HEADER, value: '(?<key>[\\w-]+)' },
];

export const sharedCopyRewrites = [
  { source: '/profiles', has: named, destination: '/shared/directory/:version/:key' },
  { source: '/profiles/:slug', has: named, destination: '/shared/profiles/:key/:version' },
];
