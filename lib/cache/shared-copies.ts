import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

// The shared directory and profile pages (lib/profiles/shared-pages.ts) get a new address whenever their data
// changes, and Next keeps every copy it rendered on disk under the build's route cache. Copies nobody asked for
// within the hour are removed (the current ones are rendered again every minute they are read, which refreshes them),
// so the disk holds what visitors use, not every version since the build. A removed copy is a cache miss: Next
// renders it again.

export const SHARED_COPY_MAX_IDLE_MS = 60 * 60 * 1000;
const SHARED = path.join('$', 'shared');

/** Where Next keeps rendered pages for this build. */
export const routeCacheDir = (distDir: string) => path.join(distDir, 'server', 'route-cache');

/** Removes the shared copies' files not written for `maxIdleMs`; answers how many files went. */
export async function pruneSharedCopies(distDir: string, maxIdleMs = SHARED_COPY_MAX_IDLE_MS, now = Date.now()) {
  let removed = 0;
  const visit = async (dir: string): Promise<boolean> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    let kept = 0;
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() ? await visit(full) : await removeIfIdle(full)) continue;
      kept++;
    }
    if (kept === 0 && !dir.endsWith(SHARED)) await rm(dir, { recursive: true, force: true });
    return kept === 0;
  };
  const removeIfIdle = async (file: string) => {
    const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs < maxIdleMs) return false;
    await rm(file, { force: true });
    removed++;
    return true;
  };
  // route-cache/<kind>/<route hash>/$/shared/…: one folder per route of the shared pages.
  for (const kind of await readdir(routeCacheDir(distDir)).catch(() => [])) {
    for (const route of await readdir(path.join(routeCacheDir(distDir), kind)).catch(() => [])) {
      const shared = path.join(routeCacheDir(distDir), kind, route, SHARED);
      if ((await stat(shared).catch(() => null))?.isDirectory()) await visit(shared);
    }
  }
  return removed;
}
