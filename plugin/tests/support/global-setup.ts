import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PLUGIN_DIR } from './paths';

/**
 * Brings up a fresh WordPress with the plugin (tests/bin/wp-test-site.sh) before the tests and stops
 * it afterwards. Builds the admin page first when build/ is missing (the browser test needs it).
 * RETAINER_KEEP_SITE=1 leaves the site running after the tests, for poking at it by hand.
 */
export default function setup(): () => void {
  if (!existsSync(join(PLUGIN_DIR, 'build', 'index.asset.php'))) {
    execFileSync('npx', ['wp-scripts', 'build', 'admin/index.tsx', '--output-path=build'], { cwd: PLUGIN_DIR, stdio: 'inherit' });
  }
  execFileSync('bash', [join(PLUGIN_DIR, 'tests/bin/wp-test-site.sh'), 'up'], { stdio: 'inherit' });
  return () => {
    if (process.env.RETAINER_KEEP_SITE !== '1') {
      execFileSync('bash', [join(PLUGIN_DIR, 'tests/bin/wp-test-site.sh'), 'down'], { stdio: 'inherit' });
    }
  };
}
