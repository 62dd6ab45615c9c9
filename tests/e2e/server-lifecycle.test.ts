import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase, startServer, type RunningServer, type ServerEnv } from '../support/servers';

const PORT = 3141;
let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'bb-life-'));
  const env: ServerEnv = { DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, 'life.db')}` };
  prepareDatabase(env);
  server = await startServer(env, PORT);
});

afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the production server', () => {
  it('answers health and readiness, and logs each request as JSON with its request id', async () => {
    const health = await fetch(`${server.url}/api/health`, { headers: { 'X-Request-Id': 'trace-me-123' } });
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(health.headers.get('x-request-id')).toBe('trace-me-123');
    const ready = await fetch(`${server.url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, database: 'ok' });

    await new Promise((resolve) => setTimeout(resolve, 100));
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: 'request', requestId: 'trace-me-123', path: '/api/health', status: 200 }),
    );
  });

  it('finishes a request in flight on SIGTERM, then exits cleanly and accepts nothing new', async () => {
    const socket = connect(PORT, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let response = '';
    socket.on('data', (chunk) => (response += chunk.toString()));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    // Half a request is on the wire when the signal arrives.
    socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const exited = new Promise<number | null>((resolve) => server.process.once('exit', resolve));
    server.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();

    socket.write('Connection: close\r\n\r\n');
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('{"status":"ok"}');
    expect(await exited).toBe(0);
    expect(server.output()).toContain('"msg":"stopped"');
  });
});
