import { beforeAll, describe, expect, it } from 'vitest';
import { resetAgent } from './support/agent';
import { expectValid, fixture, schema } from './support/schemas';
import { rest, site, wpEval, wpEvalJson } from './support/wp';

/** The collector's real report from the running WordPress, as the plugin's classes build it. */
const collect = (prelude = '') =>
  wpEvalJson<any>(`
    ${prelude}
    $collector = new Retainer\\Agent\\Collectors\\InventoryCollector( new Retainer\\Agent\\Support\\SystemClock(), RETAINER_AGENT_VERSION );
    echo wp_json_encode( $collector->collect( 'manual' ), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
  `);

const validateReport = schema('status-report');

describe('status report contract (real WordPress)', () => {
  beforeAll(async () => {
    await resetAgent();
    await wpEval(`delete_site_transient( 'update_plugins' ); delete_site_transient( 'update_themes' ); delete_option( 'health-check-site-status-result' ); echo 'ok';`);
  });

  it('the validator is strict: the protocol fixtures pass or fail as their names say', () => {
    expect(validateReport(fixture('status-report.valid.json'))).toBe(true);
    for (const bad of ['extra-field', 'missing-report-id', 'plugin-version-number', 'protocol-version']) {
      expect(validateReport(fixture(`status-report.invalid-${bad}.json`)), bad).toBe(false);
    }
  });

  it('the collected report validates against schemas/status-report.json and describes this site', async () => {
    const report = await collect();
    expectValid(validateReport, report);
    const s = site();
    expect(report.protocol_version).toBe(1);
    expect(report.trigger).toBe('manual');
    expect(report.site_url).toBe(s.WP_URL);
    expect(report.agent_version).toBe('0.1.0');
    expect(report.core.version).toBe(s.WP_VERSION);
    expect(report.core.multisite).toBe(false);
    expect(report.environment.db_server).toBe('mariadb');
    expect(report.environment.db_version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(report.environment.commands_url).toBe(`${s.WP_URL}/wp-json/retainer/v1/commands`);
    expect(Math.abs(Date.parse(report.generated_at) - Date.now())).toBeLessThan(60_000);

    const files = report.plugins.map((p: any) => p.file);
    expect(files).toContain('akismet/akismet.php'); // shipped with Debian's wordpress package
    const self = report.plugins.find((p: any) => p.file === 'retainer-agent/retainer-agent.php');
    expect(self).toMatchObject({ name: 'Retainer Agent', version: '0.1.0', active: true, update_version: null });
    expect(report.plugins.find((p: any) => p.file === 'akismet/akismet.php').active).toBe(false);
    expect(report.themes.find((t: any) => t.stylesheet === 'twentytwentyfive')).toMatchObject({ active: true });
    expect(report.health.status).toBe('unknown');
  });

  it('two reports get different UUIDs', async () => {
    const [a, b] = [await collect(), await collect()];
    expect(a.report_id).not.toBe(b.report_id);
  });

  it('reports pending plugin/theme updates from the update_* transients, auto-updates and Site Health', async () => {
    await wpEval(`
      $p = new stdClass(); $p->last_checked = time(); $p->checked = array(); $p->response = array();
      $p->response['akismet/akismet.php'] = (object) array( 'slug' => 'akismet', 'plugin' => 'akismet/akismet.php', 'new_version' => '99.1.0', 'package' => 'http://127.0.0.1:1/akismet.zip' );
      set_site_transient( 'update_plugins', $p );
      $t = new stdClass(); $t->last_checked = time(); $t->checked = array(); $t->response = array();
      $t->response['twentytwentyfive'] = array( 'theme' => 'twentytwentyfive', 'new_version' => '9.0', 'package' => 'http://127.0.0.1:1/t.zip' );
      set_site_transient( 'update_themes', $t );
      update_site_option( 'auto_update_plugins', array( 'akismet/akismet.php' ) );
      update_option( 'health-check-site-status-result', wp_json_encode( array( 'good' => 12, 'recommended' => 3, 'critical' => 0 ) ) );
      echo 'ok';
    `);
    // Auto-updates are switched off on the test site (AUTOMATIC_UPDATER_DISABLED): report what WordPress would do.
    const disabled = await collect();
    expect(disabled.plugins.find((p: any) => p.file === 'akismet/akismet.php').auto_update).toBe(false);

    const report = await collect(`add_filter( 'plugins_auto_update_enabled', '__return_true' );`);
    expectValid(validateReport, report);
    const akismet = report.plugins.find((p: any) => p.file === 'akismet/akismet.php');
    expect(akismet.update_version).toBe('99.1.0');
    expect(akismet.auto_update).toBe(true);
    expect(report.plugins.find((p: any) => p.file === 'retainer-agent/retainer-agent.php')).toMatchObject({ update_version: null, auto_update: false });
    expect(report.themes.find((t: any) => t.stylesheet === 'twentytwentyfive').update_version).toBe('9.0');
    expect(report.health).toMatchObject({ status: 'recommended', good: 12, recommended: 3, critical: 0 });
    expect(report.health.checked_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const status = await rest('GET', '/retainer/v1/status');
    expect(status.status).toBe(200);
    expect(status.body.pending_updates).toEqual({ core: 0, plugins: 1, themes: 1, translations: 0 });
  });

  it('health is critical when Site Health found critical issues', async () => {
    await wpEval(`update_option( 'health-check-site-status-result', wp_json_encode( array( 'good' => 10, 'recommended' => 1, 'critical' => 2 ) ) ); echo 'ok';`);
    const report = await collect();
    expect(report.health).toMatchObject({ status: 'critical', critical: 2 });
  });
});
