// Consistent copies of the database and putting one back. Used by `npm run backup` / `npm run restore`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isPostgresUrl } from '../db/url';

export function sqliteFile(url: string): string {
  return path.resolve(url.replace(/^file:/, ''));
}

/** Writes a backup into `dir` and returns its path. Safe while the site is running. */
export async function backupDatabase(url: string, dir: string, now = new Date()): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..+/, '');
  if (isPostgresUrl(url)) {
    const file = path.join(dir, `beyond-bars-${stamp}.dump`);
    execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, url], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return file;
  }
  const file = path.join(dir, `beyond-bars-${stamp}.db`);
  // SQLite's online backup API copies a consistent snapshot even while other connections write (a file copy does not).
  const source = new Database(sqliteFile(url), { readonly: true, fileMustExist: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  return file;
}

/** Replaces the database's contents with a backup. Stop the site first. */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (!existsSync(file)) throw new Error(`No backup at ${file}`);
  if (isPostgresUrl(url)) {
    execFileSync(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${url}`, file],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    return;
  }
  const target = sqliteFile(url);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  const backup = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await backup.backup(target);
  } finally {
    backup.close();
  }
}
