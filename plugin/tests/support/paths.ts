import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PLUGIN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PROTOCOL_DIR = resolve(PLUGIN_DIR, '../packages/protocol');

/** Same defaults as tests/bin/wp-test-site.sh. */
export const WP_TEST_ROOT = process.env.WP_TEST_ROOT ?? join(process.env.TMPDIR ?? tmpdir(), 'retainer-wp');
export const WP_PORT = process.env.WP_PORT ?? '8899';
export const SITE_ENV_FILE = join(WP_TEST_ROOT, WP_PORT, 'site.env');
