// Types for headers.mjs, which stays plain JavaScript so next.config.mjs can import it.
export function contentSecurityPolicy(options: { https: boolean; dev?: boolean }): string;
export function securityHeaders(
  siteUrl: string | undefined,
  options?: { dev?: boolean },
): { key: string; value: string }[];
