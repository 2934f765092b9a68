import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  globalIgnores([
    '.next/**',
    '.data/**',
    '.test-data/**',
    'lib/db/generated/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
  ]),
]);
