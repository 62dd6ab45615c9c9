import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier';

// Next's rules (React, hooks, accessibility, Core Web Vitals) and typescript-eslint's; Prettier owns formatting, so
// the rules that would fight it are off.
export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      // `_name` marks a value left out on purpose (destructuring a secret away, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  globalIgnores(['.next/**', '.next-*/**', 'lib/db/generated/**', 'data/**', 'next-env.d.ts', 'public/**']),
]);
