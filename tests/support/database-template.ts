import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

// Migrate one template database per run; each test file then works on its own copy (see integration-setup.ts).
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-test-'));
  const template = path.join(dir, 'template.db');
  execFileSync('node_modules/.bin/prisma', ['migrate', 'deploy'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATA_DIR: dir, DATABASE_URL: `file:${template}` },
  });
  project.provide('databaseTemplate', template);
  project.provide('testDataDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: string;
    testDataDir: string;
  }
}
