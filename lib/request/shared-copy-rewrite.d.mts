// Types for shared-copy-rewrite.mjs, which stays plain JavaScript so next.config.mjs can import it.
export const SHARED_VERSION_HEADER: 'x-bb-shared-version';
export const SHARED_KEY_HEADER: 'x-bb-shared-key';
export const sharedCopyRewrites: {
  source: string;
  has: { type: 'header'; key: string; value: string }[];
  destination: string;
}[];
