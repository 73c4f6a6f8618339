import { randomUUID } from 'node:crypto';
import { generateKeyPair } from '@retainer/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetAgent, storeConnection } from './support/agent';
import { FakeHub } from './support/fake-hub';
import { expectValid, schema } from './support/schemas';
import { wpEval, wpEvalJson } from './support/wp';

const validateReport = schema('status-report');
const HOOK = 'retainer_agent_backup_report';

/** The pending backup-report events and the throttle option. */
const pending = () =>
  wpEvalJson<{ events: number[]; last: number | false; now: number }>(`
    $events = array();
    foreach ( (array) _get_cron_array() as $time => $hooks ) { if ( isset( $hooks['${HOOK}'] ) ) { $events[] = (int) $time; } }
    echo wp_json_encode( array( 'events' => $events, 'last' => get_option( 'retainer_agent_backup_report_at' ) ? (int) get_option( 'retainer_agent_backup_report_at' ) : false, 'now' => time() ) );`);

describe('a finished backup pushes a report with trigger "backup" (real WordPress)', () => {
  const hub = new FakeHub();

  beforeAll(async () => {
    await resetAgent();
    await hub.start();
    const conn = await storeConnection({ hubUrl: hub.url, hubPublicKey: generateKeyPair().publicKey, siteId: randomUUID() });
    hub.agentPublicKey = conn.agentPublicKey;
    hub.handler = (req) => ({ status: 200, body: { report_id: req.json.report_id, status: 'stored', commands: [] } });
    await wpEval(`wp_clear_scheduled_hook( '${HOOK}' ); delete_option( 'retainer_agent_backup_report_at' ); echo 'ok';`);
  });
  afterAll(async () => {
    await wpEval(`wp_clear_scheduled_hook( '${HOOK}' ); echo 'ok';`);
    await resetAgent();
    await hub.stop();
  });

  it('updraftplus_save_last_backup: the filter gives UpdraftPlus its value back unchanged and a report is scheduled now', async () => {
    const out = await wpEvalJson<{ same: boolean }>(`
      $value = array( 'backup_time' => time() - 300, 'backup_array' => array( 'db' => 'backup_x-db.gz' ), 'success' => 1, 'errors' => array(), 'backup_nonce' => 'a1b2c3d4e5f6' );
      echo wp_json_encode( array( 'same' => apply_filters( 'updraftplus_save_last_backup', $value ) === $value ) );`);
    expect(out.same).toBe(true);
    const p = await pending();
    expect(p.events).toHaveLength(1);
    expect(Math.abs(p.events[0]! - p.now)).toBeLessThanOrEqual(2);
    expect(p.last).toBe(p.events[0]);
  });

  it('another backup finishing while that report waits shares it (backwpup_job_success)', async () => {
    await wpEval(`do_action( 'backwpup_job_success', (object) array( 'job' => array( 'jobid' => 1 ) ) ); echo 'ok';`);
    expect((await pending()).events).toHaveLength(1);
  });

  it('the event queues a report with trigger "backup" through the outbox and delivers it', async () => {
    const before = hub.requests.length;
    await wpEval(`wp_clear_scheduled_hook( '${HOOK}' ); do_action( '${HOOK}' ); echo 'ok';`);
    expect(hub.requests).toHaveLength(before + 1);
    const report = hub.requests.at(-1)!.json;
    expectValid(validateReport, report);
    expect(report.trigger).toBe('backup');
    expect(report.backups.sources.map((s: any) => s.source)).toEqual(['updraftplus', 'backwpup', 'wpvivid']);
  });

  it('the next backup within the minute gets its report a minute after the previous one (wpvivid_handle_backup_succeed)', async () => {
    const last = (await pending()).last as number;
    const returned = await wpEval(`echo wp_json_encode( apply_filters( 'wpvivid_handle_backup_succeed', array( 'id' => 'wpvivid-6740a1b2c3d4e' ) ) );`);
    expect(JSON.parse(returned)).toEqual({ id: 'wpvivid-6740a1b2c3d4e' });
    const p = await pending();
    expect(p.events).toEqual([last + 60]);
    expect(p.last).toBe(last + 60);
  });

  it('nothing is scheduled for a site that is not connected', async () => {
    await wpEval(`wp_clear_scheduled_hook( '${HOOK}' ); delete_option( 'retainer_agent_backup_report_at' ); delete_option( 'retainer_agent_connection' ); do_action( 'backwpup_job_success' ); echo 'ok';`);
    expect((await pending()).events).toEqual([]);
  });
});

describe('backup source registry and collector rules (real classes, injected clock)', () => {
  /** PHP: a fake source returning given records (or throwing), and a fixed clock. */
  const PRELUDE = `
    use Retainer\\Agent\\Backups\\BackupSource;
    use Retainer\\Agent\\Backups\\BackupSourceRegistry;
    use Retainer\\Agent\\Backups\\BackupsCollector;
    use Retainer\\Agent\\Backups\\BackupDataUnreadable;
    use Retainer\\Agent\\Backups\\Record;
    $now   = 2000000000;
    $clock = new class( $now ) implements Retainer\\Agent\\Support\\Clock {
      private int $t; public function __construct( int $t ) { $this->t = $t; } public function now(): int { return $this->t; } };
    $source = static function ( string $name, callable $records, bool $detected = true ) {
      return new class( $name, $records, $detected ) implements BackupSource {
        private string $n; private $r; private bool $d;
        public function __construct( string $n, callable $r, bool $d ) { $this->n = $n; $this->r = $r; $this->d = $d; }
        public function name(): string { return $this->n; }
        public function detected(): bool { return $this->d; }
        public function records( int $since ): array { return ( $this->r )( $since ); }
        public function finish_hooks(): array { return array(); }
      };
    };
    $rec = static function ( string $id, ?int $started, ?int $finished ) {
      return Record::make( 'fake', $id, $started, $finished, true, 1, array( 'db' ), array( Record::destination( 's3', array( 'bucket' => 'b' ) ) ), Record::EVIDENCE_LOGGED );
    };
    $collect = static function ( array $sources ) use ( $clock ) {
      $registry = new BackupSourceRegistry();
      foreach ( $sources as $s ) { $registry->register( $s ); }
      return ( new BackupsCollector( $registry, $clock, new Retainer\\Agent\\Support\\Logger( $clock ) ) )->collect();
    };
  `;

  it('refuses a duplicate or malformed source name', async () => {
    const out = await wpEvalJson<string[]>(`${PRELUDE}
      $errors = array();
      $registry = new BackupSourceRegistry();
      $registry->register( $source( 'fake', fn() => array() ) );
      foreach ( array( 'fake', '', 'Has Spaces' ) as $name ) {
        try { $registry->register( $source( $name, fn() => array() ) ); $errors[] = 'accepted ' . $name; } catch ( InvalidArgumentException $e ) { $errors[] = $e->getMessage(); }
      }
      echo wp_json_encode( $errors );`);
    expect(out).toEqual(['A backup source named "fake" is already registered.', 'Invalid backup source name "".', 'Invalid backup source name "Has Spaces".']);
  });

  it('keeps the last 60 days by finish (else start) time, newest first; records without any time are dropped', async () => {
    const section = await wpEvalJson<any>(`${PRELUDE}
      echo wp_json_encode( $collect( array( $source( 'fake', fn() => array(
        $rec( 'edge', $now - 60 * DAY_IN_SECONDS, null ),
        $rec( 'too-old', null, $now - 60 * DAY_IN_SECONDS - 1 ),
        $rec( 'started-long-ago-finished-in-window', $now - 61 * DAY_IN_SECONDS, $now - 59 * DAY_IN_SECONDS ),
        $rec( 'newest', $now - 3600, $now - 3000 ),
        $rec( 'no-time', null, null ),
        $rec( 'yesterday', $now - DAY_IN_SECONDS, null ),
      ) ) ) ) );`);
    expect(section.records.map((r: any) => r.id)).toEqual(['newest', 'yesterday', 'started-long-ago-finished-in-window', 'edge']);
    expect(section.sources).toEqual([{ source: 'fake', detected: true, status: 'ok', reason: null }]);
  });

  it('caps the records at 1000 (the newest) and reads no records of an undetected source', async () => {
    const section = await wpEvalJson<any>(`${PRELUDE}
      $many = static function () use ( $rec, $now ) { $out = array(); for ( $i = 0; $i < 1200; $i++ ) { $out[] = $rec( 'r' . $i, $now - $i * 3600, null ); } shuffle( $out ); return $out; };
      $absent = $source( 'absent', static function () { throw new LogicException( 'must not be read' ); }, false );
      echo wp_json_encode( $collect( array( $source( 'fake', $many ), $absent ) ) );`);
    expect(section.records).toHaveLength(1000);
    expect(section.records[0].id).toBe('r0');
    expect(section.records[999].id).toBe('r999');
    expect(section.sources[1]).toEqual({ source: 'absent', detected: false, status: 'ok', reason: null });
  });

  it('a source that throws is "unknown" with its reason; the others still report', async () => {
    const section = await wpEvalJson<any>(`${PRELUDE}
      echo wp_json_encode( $collect( array(
        $source( 'unreadable', static function () { throw new BackupDataUnreadable( 'The list is corrupted.' ); } ),
        $source( 'buggy', static function () { throw new TypeError( 'unexpected shape' ); } ),
        $source( 'fine', fn() => array( $rec( 'ok-1', $now - 60, null ) ) ),
      ) ) );`);
    expect(section.sources).toEqual([
      { source: 'unreadable', detected: true, status: 'unknown', reason: 'The list is corrupted.' },
      { source: 'buggy', detected: true, status: 'unknown', reason: 'The data of buggy could not be read: unexpected shape' },
      { source: 'fine', detected: true, status: 'ok', reason: null },
    ]);
    expect(section.records.map((r: any) => r.id)).toEqual(['ok-1']);
  });
});
