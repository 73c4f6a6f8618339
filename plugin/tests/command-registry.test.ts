import { describe, expect, it } from 'vitest';
import { wpEvalJson } from './support/wp';

describe('command registry', () => {
  it('knows sync, refuses a second command with the same name and a malformed name', async () => {
    const out = await wpEvalJson<{ names: string[]; duplicate: string; malformed: string; after: string[] }>(`
      $registry = new Retainer\\Agent\\Commands\\CommandRegistry();
      $make = static function ( string $name ) {
        return new class( $name ) implements Retainer\\Agent\\Commands\\Command {
          private $n;
          public function __construct( $n ) { $this->n = $n; }
          public function name(): string { return $this->n; }
          public function run( array $args ): array { return array(); }
        };
      };
      $registry->register( $make( 'sync' ) );
      $registry->register( $make( 'clear-cache' ) );
      $caught = static function ( callable $fn ): string {
        try { $fn(); return 'accepted'; } catch ( LogicException $e ) { return $e->getMessage(); }
      };
      echo wp_json_encode( array(
        'names'     => $registry->names(),
        'duplicate' => $caught( function () use ( $registry, $make ) { $registry->register( $make( 'sync' ) ); } ),
        'malformed' => $caught( function () use ( $registry, $make ) { $registry->register( $make( 'Has Spaces' ) ); } ),
        'after'     => $registry->names(),
      ) );`);
    expect(out.names).toEqual(['sync', 'clear-cache']);
    expect(out.duplicate).toMatch(/already registered/);
    expect(out.malformed).toMatch(/not valid/);
    expect(out.after).toEqual(['sync', 'clear-cache']);
  });

  it('the plugin registers sync and apply_updates and lets other plugins add commands through the action', async () => {
    const names = await wpEvalJson<string[]>(`
      // The action fired at plugins_loaded, before this code ran: capture the registry it was given.
      $seen = null;
      add_action( 'retainer_agent_register_commands', function ( $r ) use ( &$seen ) { $seen = $r; } );
      do_action( 'plugins_loaded' ); // fires the plugin's registration hook again for this check
      echo wp_json_encode( $seen ? $seen->names() : null );`);
    expect(names).toEqual(['sync', 'apply_updates']);
  });
});
