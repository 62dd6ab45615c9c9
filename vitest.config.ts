import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const alias = {
  '@': root,
  // Outside Next.js the real package throws on import; our server modules are safe to load in tests.
  'server-only': path.join(root, 'tests/support/empty.ts'),
};

function integrationProject(name: string, database: 'sqlite' | 'postgresql') {
  return {
    resolve: { alias },
    test: {
      name,
      include: ['tests/integration/**/*.test.ts'],
      environment: 'node' as const,
      env: { BB_TEST_DATABASE: database },
      globalSetup: ['tests/support/database-template.ts'],
      setupFiles: ['tests/support/fail-on-console-error.ts', 'tests/support/integration-setup.ts'],
      testTimeout: 20_000,
    },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/support/fail-on-console-error.ts'],
        },
      },
      integrationProject('integration', 'sqlite'),
      // The same suite on PostgreSQL when a server is given (CI sets TEST_DATABASE_URL).
      ...(process.env.TEST_DATABASE_URL ? [integrationProject('integration-postgres', 'postgresql')] : []),
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/e2e-server.ts'],
          setupFiles: ['tests/support/fail-on-console-error.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
