import { createServer } from 'node:net';
import { phpString, wpEval, wpEvalJson } from './wp';

/** Forgets every connection, queued message, command and nonce (the plugin stays active). */
export async function resetAgent(): Promise<void> {
  await wpEval(`
    global $wpdb;
    foreach ( array( 'retainer_agent_connection', 'retainer_agent_secret_key', 'retainer_agent_state', 'retainer_agent_log', 'retainer_agent_flush_lock', 'retainer_agent_health_checked_at', 'retainer_agent_backup_report_at', 'retainer_agent_preset' ) as $o ) { delete_option( $o ); }
    foreach ( array( 'retainer_outbox', 'retainer_nonces', 'retainer_commands' ) as $t ) { $wpdb->query( "DELETE FROM {$wpdb->prefix}{$t}" ); }
    foreach ( array( 'retainer_agent_report', 'retainer_agent_flush', 'retainer_agent_upgrade_report', 'retainer_agent_backup_report', 'retainer_agent_preset_connect' ) as $h ) { wp_clear_scheduled_hook( $h ); }
    echo 'ok';
  `);
}

export interface StoredConnection {
  siteId: string;
  /** The agent's public key (base64) matching the secret key stored in the site. */
  agentPublicKey: string;
}

/**
 * Stores a connection directly in the options, as a successful enrollment would: the hub's public key
 * is the test's, the agent's key pair is made by sodium inside WordPress.
 */
export async function storeConnection(opts: { hubUrl: string; hubPublicKey: string; siteId: string; reportIntervalS?: number }): Promise<StoredConnection> {
  const out = await wpEvalJson<{ agent_public_key: string }>(`
    $kp = sodium_crypto_sign_keypair();
    $pk = base64_encode( sodium_crypto_sign_publickey( $kp ) );
    delete_option( 'retainer_agent_secret_key' );
    add_option( 'retainer_agent_secret_key', base64_encode( sodium_crypto_sign_secretkey( $kp ) ), '', false );
    update_option( 'retainer_agent_connection', array(
      'hub_url' => ${phpString(opts.hubUrl)},
      'site_id' => ${phpString(opts.siteId)},
      'hub_public_key' => ${phpString(opts.hubPublicKey)},
      'agent_public_key' => $pk,
      'report_interval_s' => ${opts.reportIntervalS ?? 3600},
      'connected_at' => time(),
      'insecure' => true,
    ), true );
    echo wp_json_encode( array( 'agent_public_key' => $pk ) );
  `);
  return { siteId: opts.siteId, agentPublicKey: out.agent_public_key };
}

/** Points the stored connection at another hub URL. */
export async function setHubUrl(hubUrl: string): Promise<void> {
  await wpEval(`$c = get_option( 'retainer_agent_connection' ); $c['hub_url'] = ${phpString(hubUrl)}; update_option( 'retainer_agent_connection', $c ); echo 'ok';`);
}

export interface OutboxRow {
  id: number;
  report_id: string;
  kind: string;
  payload: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  status: 'pending' | 'dead';
}

export interface AgentTables {
  outbox: OutboxRow[];
  commands: Array<{ command_id: string; type: string; source: string; status: string; result: string | null }>;
  nonces: number;
  now: number;
}

/** The plugin's tables as they are in the database. */
export async function agentTables(): Promise<AgentTables> {
  const t = await wpEvalJson<AgentTables>(`
    global $wpdb;
    echo wp_json_encode( array(
      'outbox' => $wpdb->get_results( "SELECT * FROM {$wpdb->prefix}retainer_outbox ORDER BY id", ARRAY_A ),
      'commands' => $wpdb->get_results( "SELECT command_id, type, source, status, result FROM {$wpdb->prefix}retainer_commands ORDER BY received_at, command_id", ARRAY_A ),
      'nonces' => (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->prefix}retainer_nonces" ),
      'now' => time(),
    ) );
  `);
  t.outbox = t.outbox.map((r) => ({ ...r, id: Number(r.id), attempts: Number(r.attempts) }));
  return t;
}

/** A loopback port nothing listens on (taken from the OS, then released). */
export async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** MySQL DATETIME (UTC) to unix seconds. */
export function mysqlToUnix(value: string): number {
  return Math.floor(Date.parse(`${value.replace(' ', 'T')}Z`) / 1000);
}
