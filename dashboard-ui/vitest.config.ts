import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['retainer-source'] },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['src/**/*.test.ts'] } },
      // The built dashboard, served by the built hub on a fresh PostgreSQL database, driven in Chromium.
      { extends: true, test: { name: 'e2e', environment: 'node', include: ['test/e2e/**/*.test.ts'], testTimeout: 90_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
