import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, prepareDatabase, startServer, type ServerEnv } from './servers';

const PORT = Number(process.env.E2E_PORT ?? 3123);

// Builds the site once against a fresh demo database and serves it with our production server, as a deployment would.
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bb-e2e-'));
  const env: ServerEnv = {
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`,
    SITE_URL: `http://127.0.0.1:${PORT}`,
  };
  prepareDatabase(env);
  if (!process.env.E2E_SKIP_BUILD) buildSite(env);
  const server = await startServer(env, PORT);
  project.provide('baseUrl', server.url);
  project.provide('dataDir', dataDir);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
  }
}
