import { execFileSync, spawn, type ChildProcess } from 'node:child_process';

export const E2E_DIST_DIR = '.next-e2e';

export type ServerEnv = Record<string, string | undefined> & { DATA_DIR: string; DATABASE_URL: string };

function baseEnv(env: ServerEnv): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: E2E_DIST_DIR, ...env, NODE_ENV: 'production' };
}

/** Migrates and seeds the database the way `npm start` does. */
export function prepareDatabase(env: ServerEnv) {
  execFileSync('npm', ['run', '--silent', 'prepare-db'], { env: baseEnv(env), stdio: ['ignore', 'ignore', 'inherit'] });
}

export function buildSite(env: ServerEnv) {
  execFileSync('node_modules/.bin/next', ['build'], { env: baseEnv(env), stdio: ['ignore', 'ignore', 'inherit'] });
}

export type RunningServer = {
  url: string;
  process: ChildProcess;
  /** What the server wrote to standard output, and to standard error (which is also passed on as it comes). */
  output: () => string;
  errors: () => string;
  stop: () => Promise<void>;
};

/** Starts the production server (scripts/serve.ts) on `port` and waits until it answers. */
export async function startServer(env: ServerEnv, port: number): Promise<RunningServer> {
  const child = spawn('node_modules/.bin/tsx', ['scripts/serve.ts'], {
    env: {
      ...baseEnv(env),
      PORT: String(port),
      HOSTNAME_BIND: '127.0.0.1',
      SITE_URL: env.SITE_URL ?? `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
    process.stderr.write(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}/api/ready`, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    process: child,
    output: () => output,
    errors: () => errors,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
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
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Server at ${url} was not ready within ${timeoutMs} ms`);
}
