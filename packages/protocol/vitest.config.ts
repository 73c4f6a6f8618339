import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['retainer-source'] },
  test: { include: ['src/**/*.test.ts'] },
});
