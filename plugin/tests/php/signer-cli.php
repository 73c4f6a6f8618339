<?php
/**
 * Runs the plugin's own Signer in plain PHP (no WordPress) for the cross-language signing tests.
 * Reads a JSON list of operations on stdin, prints a JSON list of results.
 *
 *   {"op":"canonical+sign","seed":b64,"method","path","timestamp","nonce","body"}  -> {canonical, signature, public_key}
 *   {"op":"sign-fresh","method","path","timestamp","nonce","body"}                  -> {canonical, signature, public_key} with a new key pair
 *   {"op":"verify","public_key":b64,"signature":b64,"method","path","timestamp","nonce","body"} -> {valid}
 *   {"op":"request-target","url"}                                                  -> {target}
 */

declare(strict_types=1);

define( 'ABSPATH', __DIR__ . '/' ); // The plugin's files only check that it is defined.
require dirname( __DIR__, 2 ) . '/includes/Hub/Signer.php';

use Retainer\Agent\Hub\Signer;

$signer = new Signer();
$ops    = json_decode( (string) stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR );
$out    = array();

foreach ( $ops as $op ) {
	switch ( $op['op'] ) {
		case 'canonical+sign':
		case 'sign-fresh':
			$keys      = 'sign-fresh' === $op['op'] ? $signer->generate_keypair() : $signer->keypair_from_seed( (string) base64_decode( $op['seed'], true ) );
			$canonical = $signer->canonical( $op['method'], $op['path'], (string) $op['timestamp'], $op['nonce'], $op['body'] );
			$out[]     = array(
				'canonical'  => $canonical,
				'signature'  => $signer->sign( $canonical, $keys['secret_key'] ),
				'public_key' => base64_encode( $keys['public_key'] ),
			);
			break;
		case 'verify':
			$canonical = $signer->canonical( $op['method'], $op['path'], (string) $op['timestamp'], $op['nonce'], $op['body'] );
			$out[]     = array( 'valid' => $signer->verify( $canonical, $op['signature'], (string) Signer::decode_public_key( $op['public_key'] ) ) );
			break;
		case 'request-target':
			$out[] = array( 'target' => Signer::request_target( $op['url'] ) );
			break;
		default:
			fwrite( STDERR, 'unknown op ' . $op['op'] . "\n" );
			exit( 2 );
	}
}
echo json_encode( $out, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR );
