// Paths that carry a private token (a link from an email) are logged without it: logs are read by more people, and
// kept longer, than the links are meant to be.
const TOKEN_PATHS: readonly RegExp[] = [
  /^(\/profiles\/submit\/)[^/?#]+/,
  /^(\/verify-email\/)[^/?#]+/,
  /^(\/reset-password\/)[^/?#]+/,
  /^(\/account\/email\/confirm\/)[^/?#]+/,
];

/** The path (query dropped) with any private token replaced by `[token]`. */
export function loggablePath(url: string | undefined): string | undefined {
  const path = url?.split('?')[0];
  if (!path) return path;
  for (const pattern of TOKEN_PATHS) if (pattern.test(path)) return path.replace(pattern, '$1[token]');
  return path;
}
