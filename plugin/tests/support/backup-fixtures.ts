import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PLUGIN_DIR } from './paths';
import { site, wpEval } from './wp';

/**
 * Realistic stored data of the backup plugins the agent reads, written through WordPress's APIs
 * (update_option, update_site_option, set_site_transient, a BackWPup log on disk). The plugins are
 * not installed: tests/fixtures/backup-plugins has stand-ins with their real header and main file.
 * Fixture names say the outcome. Times are relative to `now` so the 60-day window is exercised.
 */

export const DAY = 86_400;

export const STUBS = {
  updraftplus: 'updraftplus/updraftplus.php',
  backwpup: 'backwpup/backwpup.php',
  wpvivid: 'wpvivid-backuprestore/wpvivid-backuprestore.php',
} as const;
export type StubName = keyof typeof STUBS;

/** RFC 3339 UTC without milliseconds, as the agent writes it. */
export const iso = (t: number): string => new Date(t * 1000).toISOString().replace('.000Z', 'Z');

/** Copies the stand-in plugins into the test site (inactive). */
export function installStubs(): void {
  for (const file of Object.values(STUBS)) {
    const folder = file.split('/')[0]!;
    cpSync(join(PLUGIN_DIR, 'tests/fixtures/backup-plugins', folder), join(site().WP_DOCROOT, 'wp-content/plugins', folder), { recursive: true });
  }
}

/** Removes every trace of the fixtures from the test site. */
export async function removeStubs(): Promise<void> {
  await wpEval(`${RESET} update_option( 'timezone_string', '' ); update_option( 'gmt_offset', 0 ); echo 'ok';`);
  for (const file of Object.values(STUBS)) {
    const dir = join(site().WP_DOCROOT, 'wp-content/plugins', file.split('/')[0]!);
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
}

/** PHP: forget every backup plugin's data and deactivate the stand-ins. */
const RESET = `
  foreach ( array( 'updraft_backup_history', 'updraft_last_backup', 'updraft_s3', 'updraft_service', 'wpvivid_backup_list' ) as $o ) { delete_option( $o ); }
  delete_site_option( 'backwpup_jobs' ); delete_site_option( 'backwpup_cfg_logfolder' );
  foreach ( array( 's3', 'folder', 'dropbox', 'ftp' ) as $d ) { delete_site_transient( 'backwpup_1_' . $d ); }
  deactivate_plugins( array( ${Object.values(STUBS).map((f) => `'${f}'`).join(', ')} ), true );
  $logs = WP_CONTENT_DIR . '/uploads/backwpup-test-logs';
  foreach ( (array) glob( $logs . '/*' ) as $f ) { if ( is_string( $f ) ) { unlink( $f ); } }
`;

/** PHP: the site's timezone is Paris (UTC+1 in winter, +2 in summer) so local times must be converted. */
const PRELUDE = `
  update_option( 'timezone_string', 'Europe/Paris' );
  $local = static function ( int $utc ): int { return $utc + wp_timezone()->getOffset( new DateTime( '@' . $utc ) ); };
`;

const activate = (...stubs: StubName[]) => stubs.map((s) => `activate_plugin( '${STUBS[s]}' );`).join('\n');

/** Sets the site up as the fixture says; returns nothing (assertions use the same `now`). */
export async function applyFixture(name: FixtureName, now: number): Promise<void> {
  const out = await wpEval(`${RESET} ${PRELUDE} ${FIXTURES[name](now)} echo 'ok';`);
  if (out !== 'ok') throw new Error(`fixture ${name} printed: ${out}`);
}

/** An UpdraftPlus history entry with all five parts. */
const updraftEntry = (nonce: string, service: string, sizes: [number, number, number, number, number], extra = '') => `array(
  'plugins' => array( 'backup_${nonce}-plugins.zip' ), 'plugins-size' => ${sizes[0]},
  'themes' => array( 'backup_${nonce}-themes.zip' ), 'themes-size' => ${sizes[1]},
  'uploads' => array( 'backup_${nonce}-uploads.zip', 'backup_${nonce}-uploads2.zip' ), 'uploads-size' => ${sizes[2]},
  'others' => array( 'backup_${nonce}-others.zip' ), 'others-size' => ${sizes[3]},
  'db' => 'backup_${nonce}-db.gz', 'db-size' => ${sizes[4]},
  'checksums' => array( 'sha1' => array( 'db0' => sha1( '${nonce}' ) ) ),
  'nonce' => '${nonce}', 'service' => ${service}, 'always_keep' => false,
  'created_by_version' => '1.25.8', 'last_saved_by_version' => '1.25.8', 'is_multisite' => false ${extra}
)`;

/** A BackWPup job as BackWPup stores it (keys and passwords included: the agent must not read them). */
const backwpupJob = (dest: string[], lastrunUtc: number, runtime: number, archive: string) => `array(
  'jobid' => 1, 'name' => 'Daily backup', 'type' => array( 'DBDUMP', 'FILE', 'WPPLUGIN', 'DBCHECK' ),
  'destinations' => array( ${dest.map((d) => `'${d}'`).join(', ')} ), 'activetype' => 'wpcron', 'cron' => '0 3 * * *',
  'backuptype' => 'archive', 'archiveformat' => '.zip', 'archivename' => 'backwpup_%hash%_%Y-%m-%d_%H-%i-%s',
  'lastrun' => $local( ${lastrunUtc} ), 'lastruntime' => ${runtime},
  'logfile' => $logs . '/backwpup_log_a1b2c3_2026.html',
  'lastbackupdownloadurl' => admin_url( 'admin.php?page=backwpupbackups&action=downloads3&file=site1/${archive}&jobid=1' ),
  's3accesskey' => 'AKIAEXAMPLEKEY', 's3secretkey' => 'example-secret-key', 's3bucket' => 'bakery-backups', 's3region' => 'eu-central-1',
  's3base_url' => '', 's3dir' => 'site1/', 's3maxbackups' => 15, 'dropboxtoken' => array( 'access_token' => 'example-token' ), 'dropboxdir' => '/bakery',
  'backupdir' => 'uploads/backwpup-a1b2c3-backups/', 'maxbackups' => 15
)`;

/** A BackWPup log head, as BackWPup writes it. */
const backwpupLog = (errors: number, warnings: number, runtime: number, size: number) => `
  wp_mkdir_p( $logs );
  file_put_contents( $logs . '/backwpup_log_a1b2c3_2026.html', '<?xml version="1.0" encoding="UTF-8" ?>' . "\\n" .
    '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8" /><title>Daily backup log</title>' . "\\n" .
    '<meta name="robots" content="noindex, nofollow" />' . "\\n" .
    '<meta name="copyright" content="Copyright &copy; 2012 - 2026 WP Media, Inc." />' . "\\n" .
    '<meta name="author" content="WP Media" />' . "\\n" .
    '<meta name="backwpup_version" content="4.1.7" />' . "\\n" .
    '<meta name="backwpup_logtime" content="' . time() . '" />' . "\\n" .
    '<meta name="backwpup_errors" content="${errors}" />' . "\\n" .
    '<meta name="backwpup_warnings" content="${warnings}" />' . "\\n" .
    '<meta name="backwpup_jobid" content="1" />' . "\\n" .
    '<meta name="backwpup_jobname" content="Daily backup" />' . "\\n" .
    '<meta name="backwpup_jobtype" content="DBDUMP+FILE+WPPLUGIN+DBCHECK" />' . "\\n" .
    '<meta name="backwpup_backupfilesize" content="${size}" />' . "\\n" .
    '<meta name="backwpup_jobruntime" content="${runtime}" />' . "\\n" .
    '</head><body><pre>[INFO] BackWPup 4.1.7; A project of WP Media</pre></body></html>' );
`;

/** A BackWPup destination listing (site transient backwpup_1_<dest>). */
const backwpupListing = (dest: string, files: Array<{ name: string; utc: number; size: number }>) => `
  set_site_transient( 'backwpup_1_${dest}', array( ${files
    .map((f) => `array( 'folder' => 'site1/', 'file' => 'site1/${f.name}', 'filename' => '${f.name}', 'downloadurl' => admin_url( 'admin.php?page=backwpupbackups' ), 'filesize' => ${f.size}, 'time' => $local( ${f.utc} ) )`)
    .join(', ')} ), YEAR_IN_SECONDS );
`;

/** A WPvivid backup list entry. */
const wpvividEntry = (created: number, remote: string, file: string, size: number) => `array(
  'type' => 'Cron', 'create_time' => ${created}, 'manual_delete' => 0,
  'local' => array( 'path' => 'wpvividbackups' ), 'compress' => array( 'compress_type' => 'zip' ), 'save_local' => 1,
  'log' => WP_CONTENT_DIR . '/wpvividbackups/wpvivid_log/backup.txt',
  'backup' => array( 'result' => 'success', 'files' => array( array( 'file_name' => '${file}', 'size' => ${size} ) ) ),
  'remote' => ${remote}, 'lock' => 0
)`;

export const FIXTURES = {
  'no-backup-plugin': (now: number) => `
    // Data left behind by an UpdraftPlus that is no longer active: not what the site uses now.
    update_option( 'updraft_backup_history', array( ${now - DAY} => ${updraftEntry('0ld0ld0ld0ld', `array( 's3' )`, [1, 1, 1, 1, 1])} ) );
  `,
  'updraftplus-offsite-ok': (now: number) => `
    ${activate('updraftplus')}
    update_option( 'updraft_s3', array( 'version' => '1', 'settings' => array(
      's-0a1b2c3d' => array( 'accesskey' => 'AKIAEXAMPLEKEY', 'secretkey' => 'example-secret-key', 'path' => 'bakery-backups/updraft', 'rrs' => '', 'server_side_encryption' => '' ),
    ) ) );
    update_option( 'updraft_service', array( 's3' ) );
    update_option( 'updraft_backup_history', array(
      ${now - 70 * DAY} => ${updraftEntry('aaaaaaaaaaaa', `array( 's3' )`, [10, 20, 30, 40, 50])},
      ${now - 2 * DAY} => ${updraftEntry('bbbbbbbbbbbb', `array( 's3' )`, [12473791, 24292194, 600000000, 144, 318498], `, 'service_instance_ids' => array( 's3' => array( 's-0a1b2c3d' ) )`)},
      ${now - DAY} => ${updraftEntry('cccccccccccc', `array( 's3' )`, [12473791, 24292194, 600000232, 144, 318600], `, 'service_instance_ids' => array( 's3' => array( 's-0a1b2c3d' ) )`)},
    ) );
    update_option( 'updraft_last_backup', array( 'backup_time' => ${now - DAY}, 'backup_array' => array(), 'success' => 1, 'errors' => array(), 'backup_nonce' => 'cccccccccccc' ) );
  `,
  'updraftplus-local-only': (now: number) => `
    ${activate('updraftplus')}
    update_option( 'updraft_service', 'none' );
    update_option( 'updraft_backup_history', array( ${now - 3 * DAY} => ${updraftEntry('dddddddddddd', `'none'`, [1000, 2000, 3000, 4000, 5000])} ) );
    update_option( 'updraft_last_backup', array( 'backup_time' => ${now - 3 * DAY}, 'backup_array' => array(), 'success' => 1, 'errors' => array(), 'backup_nonce' => 'dddddddddddd' ) );
  `,
  'updraftplus-failed': (now: number) => `
    ${activate('updraftplus')}
    update_option( 'updraft_service', array( 'googledrive' ) );
    update_option( 'updraft_backup_history', array(
      ${now - 5 * 3600} => array( 'db' => 'backup_eeeeeeeeeeee-db.gz', 'db-size' => 318498, 'nonce' => 'eeeeeeeeeeee', 'service' => array( 'googledrive' ) ),
    ) );
    update_option( 'updraft_last_backup', array( 'backup_time' => ${now - 5 * 3600}, 'backup_array' => array(), 'success' => 0,
      'errors' => array( 'Google Drive: upload failed (401 Unauthorized)' ), 'backup_nonce' => 'eeeeeeeeeeee' ) );
  `,
  'updraftplus-corrupted-option': (now: number) => `
    ${activate('updraftplus')}
    update_option( 'updraft_backup_history', array( ${now - DAY} => ${updraftEntry('ffffffffffff', `array( 's3' )`, [1, 1, 1, 1, 1])} ) );
    // A serialized value cut short (a failed write, a bad search-replace): PHP cannot read it back.
    global $wpdb;
    $raw = $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", 'updraft_backup_history' ) );
    $wpdb->update( $wpdb->options, array( 'option_value' => substr( $raw, 0, 120 ) ), array( 'option_name' => 'updraft_backup_history' ) );
    wp_cache_delete( 'updraft_backup_history', 'options' ); wp_cache_delete( 'alloptions', 'options' );
  `,
  'updraftplus-failed-no-archives': (now: number) => `
    ${activate('updraftplus')}
    // The run died before it stored any archive: it is only in updraft_last_backup.
    update_option( 'updraft_service', array( 's3generic' ) );
    update_option( 'updraft_s3generic', array( 'version' => '1', 'settings' => array(
      's-9f8e7d6c' => array( 'accesskey' => 'AKIAEXAMPLEKEY', 'secretkey' => 'example-secret-key', 'path' => 'bakery/', 'endpoint' => 's3.eu-central-003.backblazeb2.com' ),
    ) ) );
    update_option( 'updraft_backup_history', array( ${now - 9 * DAY} => ${updraftEntry('999999999999', `array( 's3generic' )`, [1, 2, 3, 4, 5])} ) );
    update_option( 'updraft_last_backup', array( 'backup_time' => ${now - 2 * 3600}, 'backup_array' => array(), 'success' => 0,
      'errors' => array( 'Could not create the database dump', 'Backup aborted' ), 'backup_nonce' => '000000000000' ) );
  `,
  'updraftplus-and-wpvivid': (now: number) => `
    ${activate('updraftplus', 'wpvivid')}
    update_option( 'updraft_backup_history', array(
      ${now - 2 * DAY} => ${updraftEntry('121212121212', `array( 'dropbox' )`, [1, 1, 1, 1, 1])},
      ${now - 4 * DAY} => ${updraftEntry('343434343434', `array( 'dropbox' )`, [1, 1, 1, 1, 1])},
    ) );
    update_option( 'wpvivid_backup_list', array(
      'wpvivid-aaa' => ${wpvividEntry(now - DAY, `array( 'r1' => array( 'type' => 'sftp', 'name' => 'NAS', 'path' => '/backups' ) )`, 'x_backup_all.zip', 10)},
      'wpvivid-bbb' => ${wpvividEntry(now - 3 * DAY, `array( 'r1' => array( 'type' => 'sftp', 'name' => 'NAS', 'path' => '/backups' ) )`, 'x_backup_all.zip', 10)},
    ) );
  `,
  'backwpup-s3-compatible-gzipped-log': (now: number) => `
    ${activate('backwpup')}
    $job = ${backwpupJob(['S3', 'FOLDER'], now - 12 * 3600, 200, 'backwpup_a1b2c3_minio.zip')};
    $job['s3base_url'] = 'https://s3.example.net'; $job['s3region'] = '';
    $job['logfile'] = $logs . '/backwpup_log_a1b2c3_2026.html.gz';
    update_site_option( 'backwpup_jobs', array( 1 => $job ) );
    ${backwpupLog(0, 2, 200, 99999)}
    file_put_contents( $logs . '/backwpup_log_a1b2c3_2026.html.gz', gzencode( file_get_contents( $logs . '/backwpup_log_a1b2c3_2026.html' ) ) );
    unlink( $logs . '/backwpup_log_a1b2c3_2026.html' );
  `,
  'backwpup-s3-listed': (now: number) => `
    ${activate('backwpup')}
    update_site_option( 'backwpup_jobs', array( 1 => ${backwpupJob(['S3'], now - DAY, 312, 'backwpup_a1b2c3_newest.zip')} ) );
    ${backwpupLog(0, 0, 312, 734003200)}
    ${backwpupListing('s3', [
      { name: 'backwpup_a1b2c3_newest.zip', utc: now - DAY + 300, size: 734003200 },
      { name: 'backwpup_a1b2c3_week.zip', utc: now - 8 * DAY, size: 733900100 },
      { name: 'backwpup_a1b2c3_ancient.zip', utc: now - 75 * DAY, size: 700000000 },
    ])}
  `,
  'backwpup-job-failed': (now: number) => `
    ${activate('backwpup')}
    // This job names its log by file name only: BackWPup's log folder setting says where it is.
    $job = ${backwpupJob(['DROPBOX'], now - 6 * 3600, 95, 'backwpup_a1b2c3_failed.zip')};
    $job['logfile'] = 'backwpup_log_a1b2c3_2026.html';
    update_site_option( 'backwpup_cfg_logfolder', 'uploads/backwpup-test-logs/' );
    update_site_option( 'backwpup_jobs', array( 1 => $job ) );
    ${backwpupLog(2, 1, 95, 0)}
  `,
  'backwpup-folder-only': (now: number) => `
    ${activate('backwpup')}
    update_site_option( 'backwpup_jobs', array( 1 => ${backwpupJob(['FOLDER'], now - 2 * DAY, 40, 'backwpup_a1b2c3_local.zip')} ) );
    ${backwpupLog(0, 0, 40, 52428800)}
    ${backwpupListing('folder', [{ name: 'backwpup_a1b2c3_local.zip', utc: now - 2 * DAY + 40, size: 52428800 }])}
  `,
  'wpvivid-remote-ok': (now: number) => `
    ${activate('wpvivid')}
    update_option( 'wpvivid_backup_list', array(
      'wpvivid-6740a1b2c3d4e' => ${wpvividEntry(now - 3 * DAY, `array( 'remote-3f2a' => array( 'type' => 'amazons3', 'name' => 'Bakery S3', 'access' => 'AKIAEXAMPLEKEY', 'secret' => 'example-secret-key', 'bucket' => 'bakery-wpvivid', 'path' => 'wpvivid/site1', 'classMode' => '0', 'sse' => '0', 'is_encrypt_secret' => 1 ) )`, 'bakery.example.com_wpvivid-6740a1b2c3d4e_2026-11-19-03-00_backup_all.zip', 52428800)},
      'wpvivid-66aa00000000' => ${wpvividEntry(now - 100 * DAY, `array( 'remote-3f2a' => array( 'type' => 'amazons3', 'bucket' => 'bakery-wpvivid' ) )`, 'old_backup_all.zip', 1)},
    ) );
  `,
  'wpvivid-local-only': (now: number) => `
    ${activate('wpvivid')}
    update_option( 'wpvivid_backup_list', array(
      'wpvivid-6740ffff0000' => ${wpvividEntry(now - 4 * DAY, 'array()', 'bakery.example.com_wpvivid-6740ffff0000_2026-11-18-03-00_backup_db.zip', 1048576)},
    ) );
  `,
} satisfies Record<string, (now: number) => string>;

export type FixtureName = keyof typeof FIXTURES;
