import { copyFileSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, inject, vi } from 'vitest';
import { createPostgresDatabase, dropPostgresDatabase, postgresAdminUrl, uniqueDatabaseName } from './databases';
import { resetRequest } from './request';

// A fresh copy of the migrated template for this test file: tests in different files never share rows.
const onPostgres = process.env.BB_TEST_DATABASE === 'postgresql';
const dataDir = mkdtempSync(path.join(inject('testDataDir'), 'file-'));
const postgresName = onPostgres ? uniqueDatabaseName('bb_test') : null;
if (postgresName) {
  process.env.DATABASE_URL = await createPostgresDatabase(postgresAdminUrl!, postgresName, inject('databaseTemplate'));
} else {
  const database = path.join(dataDir, 'test.db');
  copyFileSync(inject('databaseTemplate'), database);
  process.env.DATABASE_URL = `file:${database}`;
}
process.env.DATA_DIR = dataDir;
process.env.AUTH_SECRET = 'test-secret-that-is-long-enough-for-hmac-use';

// Next's request-scoped APIs, backed by a fake request the tests control.
vi.mock('next/headers', async () => (await import('./request')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('./request')).nextCacheMock);
vi.mock('next/server', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  ...(await import('./request')).nextServerMock,
}));

beforeEach(async () => {
  resetRequest();
  // Rows written straight to the database bypass the actions' invalidations: each test starts with nothing cached.
  (await import('@/lib/cache/data-cache')).clearDataCache();
});

afterAll(async () => {
  const { db } = await import('@/lib/db');
  await db.$disconnect();
  if (postgresName) await dropPostgresDatabase(postgresAdminUrl!, postgresName);
});
