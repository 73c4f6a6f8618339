import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { site, wpEval, wpEvalJson } from './wp';

/*
 * The wp-config.php constants of a preset connection, set by a must-use plugin (loaded before the
 * plugin, as wp-config.php is). It also turns off WordPress's own cron spawning, so that a test runs
 * the cron event itself, once, instead of racing a background wp-cron request.
 *
 * The must-use plugin's code never changes; the values are in a JSON file beside it. The web server's
 * opcode cache may keep serving a PHP file rewritten within its revalidation interval, so new values
 * written into the PHP itself could reach HTTP requests late; a data file is read fresh every time.
 */
const dir = () => join(site().WP_DOCROOT, 'wp-content', 'mu-plugins');
const muPlugin = () => join(dir(), 'retainer-preset-test.php');
const values = () => join(dir(), 'retainer-preset-test.json');
const MU_PLUGIN = `<?php
$retainer_preset = json_decode( (string) @file_get_contents( __DIR__ . '/retainer-preset-test.json' ), true );
if ( is_array( $retainer_preset ) ) {
	define( 'RETAINER_AGENT_HUB_URL', $retainer_preset['hub_url'] );
	define( 'RETAINER_AGENT_ENROLLMENT_CODE', $retainer_preset['code'] );
	if ( ! defined( 'DISABLE_WP_CRON' ) ) {
		define( 'DISABLE_WP_CRON', true );
	}
}
`;

export function writePreset(hubUrl: string, code: string): void {
  writeFileSync(values(), JSON.stringify({ hub_url: hubUrl, code }));
  writeFileSync(muPlugin(), MU_PLUGIN);
}

export function removePreset(): void {
  rmSync(values(), { force: true });
  rmSync(muPlugin(), { force: true });
}
/** A WordPress load (its `init` runs), then what is scheduled and stored. */
export const lookAtPreset = () =>
  wpEvalJson<{ scheduled: number | false; connected: boolean; state: Record<string, unknown> | false }>(`
    echo wp_json_encode( array(
      'scheduled' => wp_next_scheduled( 'retainer_agent_preset_connect' ),
      'connected' => (bool) get_option( 'retainer_agent_connection' ),
      'state'     => get_option( 'retainer_agent_preset' ),
    ) );`);

/** What WP-cron does with the due event: take it off the schedule and run it once. */
export const runPresetEvent = () => wpEval(`wp_clear_scheduled_hook( 'retainer_agent_preset_connect' ); do_action( 'retainer_agent_preset_connect' ); echo 'ok';`);
