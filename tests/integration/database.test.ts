import { describe, expect, it } from 'vitest';
import { providerOf } from '@/lib/db/url';
import { env } from '@/lib/env';
import { checkReadiness } from '@/lib/observability/readiness';

describe('the test database', () => {
  it('is the kind this project run asked for, fully migrated', async () => {
    expect(providerOf(env.databaseUrl)).toBe(process.env.BB_TEST_DATABASE);
    expect(await checkReadiness()).toMatchObject({ ready: true, database: 'ok' });
  });
});
