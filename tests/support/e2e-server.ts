import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const PORT = Number(process.env.E2E_PORT ?? 3123);

// Builds the site against a fresh demo database and serves it with our production server, as a deployment would.
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bb-e2e-'));
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: '.next-e2e',
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`,
    PORT: String(PORT),
    SITE_URL: `http://127.0.0.1:${PORT}`,
  };
  const run = (args: string[]) => execFileSync('npm', ['run', '--silent', ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  run(['prepare-db']);
  if (!process.env.E2E_SKIP_BUILD) execFileSync('node_modules/.bin/next', ['build'], { env, stdio: ['ignore', 'ignore', 'inherit'] });

  const server: ChildProcess = spawn('node_modules/.bin/tsx', ['scripts/serve.ts'], {
    env: { ...env, HOSTNAME_BIND: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${PORT}/`, 30_000);
  project.provide('baseUrl', `http://127.0.0.1:${PORT}`);
  project.provide('e2eDataDir', dataDir);

  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Server at ${url} did not start within ${timeoutMs} ms`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    e2eDataDir: string;
  }
}
