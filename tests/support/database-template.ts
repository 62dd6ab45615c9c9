import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  createPostgresDatabase,
  dropPostgresDatabase,
  migrate,
  postgresAdminUrl,
  uniqueDatabaseName,
} from './databases';

// Migrate one template database per run; each test file then works on its own copy (see integration-setup.ts).
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-test-'));
  project.provide('testDataDir', dir);
  if (project.name === 'integration-postgres') {
    const template = uniqueDatabaseName('bb_tpl');
    migrate(await createPostgresDatabase(postgresAdminUrl!, template));
    project.provide('databaseTemplate', template);
    return async () => {
      await dropPostgresDatabase(postgresAdminUrl!, template);
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const template = path.join(dir, 'template.db');
  migrate(`file:${template}`);
  project.provide('databaseTemplate', template);
  return () => rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: string;
    testDataDir: string;
  }
}
