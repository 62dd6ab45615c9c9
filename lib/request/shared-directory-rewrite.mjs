// The rewrite that sends a visitor's /profiles to its shared copy (app/(site)/shared/directory/[version]/[key]), from
// the headers our server sets (lib/request/shared-directory-route.ts). Plain JavaScript: next.config.mjs loads it.

export const SHARED_VERSION_HEADER = 'x-bb-shared-version';
export const SHARED_KEY_HEADER = 'x-bb-shared-key';

export const sharedDirectoryRewrite = {
  source: '/profiles',
  has: [
    { type: 'header', key: SHARED_VERSION_HEADER, value: '(?<version>[\\w.-]+)' },
    { type: 'header', key: SHARED_KEY_HEADER, value: '(?<key>[\\w-]+)' },
  ],
  destination: '/shared/directory/:version/:key',
};
