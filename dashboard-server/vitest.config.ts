import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['retainer-source'] },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          // Each file gets its own PostgreSQL database; 2 cores → 2 files at a time is plenty.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
