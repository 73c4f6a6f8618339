import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { phpString, site, wpEval, wpEvalJson } from './wp';

/*
 * The wp-config.php constants of a preset connection, set by a must-use plugin (loaded before the
 * plugin, as wp-config.php is). It also turns off WordPress's own cron spawning, so that a test runs
 * the cron event itself, once, instead of racing a background wp-cron request.
 */
const muPlugin = () => join(site().WP_DOCROOT, 'wp-content', 'mu-plugins', 'retainer-preset-test.php');

export function writePreset(hubUrl: string, code: string): void {
  writeFileSync(
    muPlugin(),
    `<?php\ndefine( 'RETAINER_AGENT_HUB_URL', ${phpString(hubUrl)} );\ndefine( 'RETAINER_AGENT_ENROLLMENT_CODE', ${phpString(code)} );\nif ( ! defined( 'DISABLE_WP_CRON' ) ) { define( 'DISABLE_WP_CRON', true ); }\n`,
  );
}

export function removePreset(): void {
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
