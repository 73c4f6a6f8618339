import { defineConfig } from 'vitest/config';

// The plugin's tests drive real PHP and a real WordPress (tests/bin/wp-test-site.sh, started once for
// the whole run by tests/support/global-setup.ts). Files run one after another: they share that site.
//   php: plugin-level tests (signing vectors, report contract, commands endpoint, outbox, admin page, uninstall)
//   e2e: WordPress + plugin + the real hub on PostgreSQL (tests/e2e)
export default defineConfig({
  resolve: { conditions: ['retainer-source'] },
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'php', include: ['tests/*.test.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'] } },
    ],
  },
});
