import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pruneSharedCopies, routeCacheDir, SHARED_COPY_MAX_IDLE_MS } from '@/lib/cache/shared-copies';

let distDir: string;
const NOW = Date.now();

function copy(relative: string, ageMs: number) {
  const file = path.join(routeCacheDir(distDir), relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, 'html');
  const at = (NOW - ageMs) / 1000;
  utimesSync(file, at, at);
  return file;
}

beforeEach(() => {
  distDir = mkdtempSync(path.join(tmpdir(), 'bb-prune-'));
});
afterEach(() => rmSync(distDir, { recursive: true, force: true }));

describe('pruning the shared page copies', () => {
  it('removes copies idle for an hour, with their emptied folders, and keeps recent ones and every other page', async () => {
    const HOUR = SHARED_COPY_MAX_IDLE_MS;
    const oldVersion = copy('APP_PAGE/a1/$/shared/directory/3.abc/all.html', HOUR + 1);
    const oldSegment = copy('APP_PAGE/a1/$/shared/directory/3.abc/all.segments/_tree.segment.rsc', HOUR + 1);
    const current = copy('APP_PAGE/a1/$/shared/directory/4.abc/all.html', HOUR - 60_000);
    const oldProfile = copy('APP_PAGE/b2/$/shared/profiles/sam-00001/1-0.html', 2 * HOUR);
    const article = copy('APP_PAGE/c3/$/articles/a-letter.html', 10 * HOUR);

    expect(await pruneSharedCopies(distDir, HOUR, NOW)).toBe(3);
    for (const gone of [oldVersion, oldSegment, oldProfile]) expect(existsSync(gone)).toBe(false);
    for (const kept of [current, article]) expect(existsSync(kept)).toBe(true);
    expect(existsSync(path.dirname(oldVersion))).toBe(false);
    expect(readdirSync(path.join(routeCacheDir(distDir), 'APP_PAGE/b2/$/shared'))).toEqual([]);
  });

  it('does nothing where there is no route cache yet', async () => {
    expect(await pruneSharedCopies(path.join(distDir, 'missing'))).toBe(0);
  });
});
