import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts'],
    globalSetup: ['./lib/testing/vitest-global-setup.ts'],
    setupFiles: ['./lib/testing/vitest-setup.ts'],
    // Integration tests share one fresh database; files run in parallel, tests in a file in order.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
