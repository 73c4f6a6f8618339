import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PLUGIN_DIR } from './paths';

const MARK = 'RETAINER_WP_TEST_SITE_UP';

/**
 * Brings up a fresh WordPress with the plugin (tests/bin/wp-test-site.sh) before the tests and stops
 * it afterwards. Builds the admin page first when build/ is missing (the browser tests need it).
 * RETAINER_KEEP_SITE=1 leaves the site running after the tests, for poking at it by hand.
 *
 * Vitest calls a global setup once for the root config and once per project: only the first call
 * does the work (they all run in the one main process, synchronously).
 */
export default function setup(): () => void {
  if (process.env[MARK] === '1') {
    return () => {};
  }
  process.env[MARK] = '1';
  if (!existsSync(join(PLUGIN_DIR, 'build', 'index.asset.php'))) {
    execFileSync('npx', ['wp-scripts', 'build', 'admin/index.tsx', '--output-path=build'], { cwd: PLUGIN_DIR, stdio: 'inherit' });
  }
  execFileSync('bash', [join(PLUGIN_DIR, 'tests/bin/wp-test-site.sh'), 'up'], { stdio: 'inherit' });
  return () => {
    delete process.env[MARK];
    if (process.env.RETAINER_KEEP_SITE !== '1') {
      execFileSync('bash', [join(PLUGIN_DIR, 'tests/bin/wp-test-site.sh'), 'down'], { stdio: 'inherit' });
    }
  };
}
