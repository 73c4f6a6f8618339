import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateKeyPair } from '@retainer/protocol';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { closedPort, resetAgent, storeConnection } from './support/agent';
import { PLUGIN_DIR } from './support/paths';
import { phpString, rest, site, wpEval, wpEvalJson } from './support/wp';

const run = promisify(execFile);
const lint = join(PLUGIN_DIR, 'tests/bin/php-lint.sh');

describe('php-lint', () => {
  it('passes on every PHP file of the plugin', async () => {
    const { stdout } = await run('bash', [lint]);
    const m = /php-lint: (\d+) files checked, 0 with errors/.exec(stdout);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(20);
  });

  it('fails on a file with a syntax error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-lint-'));
    try {
      writeFileSync(join(dir, 'ok.php'), '<?php echo 1;\n');
      writeFileSync(join(dir, 'broken.php'), '<?php function ( {\n');
      await expect(run('bash', [lint, dir])).rejects.toMatchObject({ code: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('PHP 7.4 compatibility (the plugin says "Requires PHP: 7.4"; this machine runs PHP 8)', () => {
  const compat = join(PLUGIN_DIR, 'tests/bin/php74-compat.php');
  const php = process.env.PHP_BIN ?? 'php';

  it('finds no PHP 8 syntax, types or functions in the shipped files', async () => {
    const { stdout } = await run(php, [compat]);
    const m = /php74-compat: (\d+) files checked, 0 findings/.exec(stdout);
    expect(m, stdout).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(20);
  });

  it('flags each PHP 8 construct it knows, and leaves ternaries alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'retainer-compat-'));
    try {
      const lines = [
        'class A { public function __construct( private int $a ) {} }',
        'function u( int|string $x ): static {}',
        'function m( mixed $x, $y, ): void {}',
        '#[Deprecated] function d() {}',
        'enum Suit { case Hearts; }',
        '$r = match ( 1 ) { default => 2 };',
        '$v = $obj?->name;',
        '$c = $obj::class;',
        'try { f(); } catch ( Exception ) {}',
        '$f = strlen( ... );',
        '$o = 0o17;',
        'foo( name: 1 );',
        '$t = get_debug_type( 1 );',
        "throw new ValueError( 'x' );",
        '$ok = $a ? B : C; $arr = array( $v ? X : Y ); switch ( $a ) { case FOO: break; }',
      ];
      writeFileSync(join(dir, 'php8.php'), `<?php\n${lines.join('\n')}\n`);
      const failed = await run(php, [compat, dir]).then(
        () => null,
        (e: { code: number; stderr: string }) => e,
      );
      expect(failed?.code).toBe(1);
      const found = failed!.stderr.trim().split('\n').map((l) => l.replace(/^.*php8\.php:/, ''));
      for (const what of ['promotion', 'union type', 'static return type', 'type mixed', 'trailing comma', 'attribute', 'enum', 'match', 'nullsafe', '$object::class', 'catch without', 'first-class callable', 'octal', 'named argument name', 'get_debug_type', 'ValueError']) {
        expect(found.some((l) => l.includes(what)), what).toBe(true);
      }
      // Line 16 holds the ternaries and the case label: nothing there.
      expect(found.filter((l) => l.startsWith('16:'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Everything of the plugin's that is in the database right now. */
const footprint = () =>
  wpEvalJson<{ options: string[]; tables: string[]; cron: Record<string, number | false> }>(`
    global $wpdb;
    echo wp_json_encode( array(
      'options' => $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", '%retainer\\\\_agent%' ) ),
      'tables'  => $wpdb->get_col( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $wpdb->prefix . 'retainer_' ) . '%' ) ),
      'cron'    => array(
        'report'  => wp_next_scheduled( 'retainer_agent_report' ),
        'flush'   => wp_next_scheduled( 'retainer_agent_flush' ),
        'upgrade' => wp_next_scheduled( 'retainer_agent_upgrade_report' ),
        'backup'  => wp_next_scheduled( 'retainer_agent_backup_report' ),
      ),
    ) );`);

describe('uninstall (real WordPress)', () => {
  afterAll(async () => {
    // Leave the site as the other tests expect it: plugin active, tables created by activation.
    await wpEval(`activate_plugin( ${phpString(site().WP_PLUGIN_FILE)} );`);
  });

  it('removes every option, table, transient and cron event the plugin made', async () => {
    await resetAgent();
    await storeConnection({ hubUrl: `http://127.0.0.1:${await closedPort()}`, hubPublicKey: generateKeyPair().publicKey, siteId: randomUUID() });
    await rest('POST', '/retainer/v1/send-report'); // queues a report, writes state and log
    // One WordPress load for all of it: any further request could let WP-cron run the events scheduled here.
    const setup = await wpEval(`
      require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
      do_action( 'upgrader_process_complete', null, array() );
      do_action( 'backwpup_job_success' ); // a backup plugin finished: a backup report is scheduled
      set_transient( 'retainer_agent_probe', 1, 60 );
      update_option( 'health-check-site-status-result', wp_json_encode( array( 'good' => 1, 'recommended' => 0, 'critical' => 0 ) ) );
      // A rollback copy an interrupted update run left behind.
      wp_mkdir_p( WP_CONTENT_DIR . '/retainer-rollback/abc123/demo-plugin' );
      file_put_contents( WP_CONTENT_DIR . '/retainer-rollback/abc123/demo-plugin/demo-plugin.php', '<?php' );
      echo is_file( WP_CONTENT_DIR . '/retainer-rollback/abc123/demo-plugin/demo-plugin.php' ) ? 'ok' : 'no rollback copy';`);
    expect(setup).toBe('ok');

    const before = await footprint();
    expect(before.tables.sort()).toEqual(['wp_retainer_commands', 'wp_retainer_nonces', 'wp_retainer_outbox']);
    expect(before.options).toEqual(
      expect.arrayContaining(['retainer_agent_connection', 'retainer_agent_secret_key', 'retainer_agent_state', 'retainer_agent_db_version', '_transient_retainer_agent_probe', 'retainer_agent_health_checked_at', 'retainer_agent_backup_report_at']),
    );
    expect(before.cron.report).not.toBe(false);
    expect(before.cron.flush).not.toBe(false);
    expect(before.cron.upgrade).not.toBe(false);
    expect(before.cron.backup).not.toBe(false);

    const file = site().WP_PLUGIN_FILE;
    const out = await wpEval(`deactivate_plugins( '${file}' ); uninstall_plugin( '${file}' ); echo is_plugin_active( '${file}' ) ? 'still active' : 'ok';`);
    expect(out).toBe('ok');

    const after = await footprint();
    expect(after.options).toEqual([]);
    expect(after.tables).toEqual([]);
    expect(after.cron).toEqual({ report: false, flush: false, upgrade: false, backup: false });
    expect(await wpEval(`echo file_exists( WP_CONTENT_DIR . '/retainer-rollback' ) ? 'left' : 'gone';`)).toBe('gone');
    // WordPress's own Site Health result is not ours to delete
    expect(await wpEval(`echo get_option( 'health-check-site-status-result' ) ? 'kept' : 'gone';`)).toBe('kept');
  });

  it('activating the plugin again recreates its tables', async () => {
    const out = await wpEval(`$r = activate_plugin( ${phpString(site().WP_PLUGIN_FILE)} ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`);
    expect(out).toBe('ok');
    const now = await footprint();
    expect(now.tables.sort()).toEqual(['wp_retainer_commands', 'wp_retainer_nonces', 'wp_retainer_outbox']);
    expect(now.options).toEqual(['retainer_agent_db_version']);
  });
});
