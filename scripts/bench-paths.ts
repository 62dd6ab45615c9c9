// The pages the benchmarks measure that have no fixed path.

/** A listed profile's path, taken from the directory as a visitor sees it. */
export async function aProfilePath(base: string): Promise<string> {
  const html = await (await fetch(new URL('/profiles', base))).text();
  const href = html.match(/href="\/profiles\/([a-z0-9-]+)"/g)?.find((link) => !link.includes('/profiles/submit'));
  if (!href) throw new Error('no profile listed in /profiles');
  return href.slice('href="'.length, -1);
}
