import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { prepareDatabase, startServer, type RunningServer, type ServerEnv } from './servers';

/** An e2e file's own site and browser; `close` ends both and removes the data folder. */
export type OwnSite = {
  dataDir: string;
  env: ServerEnv;
  server: RunningServer;
  browser: Browser;
  close: () => Promise<void>;
};

/**
 * A site of its own for an e2e file that changes data: a new data folder and SQLite database, migrated and seeded as
 * `npm start` does, which `prepare` may change before the suite's build is served on E2E_PORT + `offset` (each file
 * has its own offset: `grep -rn "openOwnSite(" tests/e2e`).
 */
export async function openOwnSite(
  name: string,
  offset: number,
  prepare?: (env: ServerEnv) => Promise<void> | void,
): Promise<OwnSite> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `bb-${name}-`));
  const env: ServerEnv = { DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, `${name}.db`)}` };
  prepareDatabase(env);
  await prepare?.(env);
  const [server, browser] = await Promise.all([
    startServer(env, Number(process.env.E2E_PORT ?? 3123) + offset),
    launchBrowser(),
  ]);
  return {
    dataDir,
    env,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
