import { defineConfig } from 'vitest/config';

// The plugin's tests drive real PHP and a real WordPress (tests/bin/wp-test-site.sh, started once by
// tests/support/global-setup.ts). Files run one after another: they share that WordPress.
export default defineConfig({
  resolve: { conditions: ['retainer-source'] },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
