<?php
/**
 * Flags PHP 8.0+ syntax and functions in files that must run on PHP 7.4 (the plugin's "Requires PHP").
 *
 * `php -l` on a PHP 8 machine accepts PHP 8 code, so this reads the token stream instead: match,
 * ?->, attributes, enums, readonly, named arguments, constructor promotion, union / mixed / never /
 * static types, trailing commas in parameter lists, catch without a variable, $object::class,
 * first-class callables, 0o octals, and functions or classes PHP 7.4 lacks and WordPress does not
 * polyfill (WordPress 6.6+ provides str_contains, str_starts_with, str_ends_with, array_is_list).
 *
 *   php plugin/tests/bin/php74-compat.php [file-or-directory ...]   (default: the shipped plugin files)
 *
 * Prints one line per finding, then "php74-compat: N files checked, M findings"; exits 1 on findings.
 */

const PHP8_FUNCTIONS = array( 'get_debug_type', 'fdiv', 'get_resource_id', 'preg_last_error_msg', 'json_validate', 'mb_str_pad', 'array_find', 'array_find_key', 'array_any', 'array_all', 'str_increment', 'str_decrement', 'enum_exists', 'fsync', 'fdatasync', 'mb_trim' );
const PHP8_CLASSES   = array( 'ValueError', 'UnhandledMatchError', 'Stringable', 'WeakMap', 'Attribute', 'ReturnTypeWillChange', 'Fiber', 'Random\\Randomizer', 'Override', 'SensitiveParameter' );
const PHP8_TYPES     = array( 'mixed', 'never', 'null', 'false', 'true' );

/** @return list<string> */
function retainer_compat_files( array $paths ): array {
	$files = array();
	foreach ( $paths as $path ) {
		if ( is_file( $path ) ) {
			$files[] = $path;
			continue;
		}
		$it = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $path, FilesystemIterator::SKIP_DOTS ) );
		foreach ( $it as $file ) {
			$p = $file->getPathname();
			if ( substr( $p, -4 ) === '.php' && ! preg_match( '#/(node_modules|vendor|build)/#', $p ) ) {
				$files[] = $p;
			}
		}
	}
	sort( $files );
	return $files;
}

/**
 * Significant tokens (no whitespace or comments) as [id, text, line]; single characters get id 0.
 *
 * @return list<array{0:int,1:string,2:int}>
 */
function retainer_compat_tokens( string $code ): array {
	$out  = array();
	$line = 1;
	foreach ( token_get_all( $code ) as $t ) {
		if ( is_array( $t ) ) {
			$line = $t[2];
			if ( in_array( $t[0], array( T_WHITESPACE, T_COMMENT, T_DOC_COMMENT ), true ) ) {
				continue;
			}
			$out[] = array( $t[0], $t[1], $t[2] );
		} else {
			$out[] = array( 0, $t, $line );
		}
	}
	return $out;
}

function retainer_compat_is( array $t, string $text ): bool {
	return 0 === $t[0] && $t[1] === $text;
}

/** @return list<string> */
function retainer_compat_check( string $file ): array {
	$found  = array();
	$tokens = retainer_compat_tokens( (string) file_get_contents( $file ) );
	$n      = count( $tokens );
	$say    = static function ( int $line, string $what ) use ( &$found, $file ) {
		$found[] = "$file:$line: $what";
	};
	$named = static function ( string $kind ) {
		return defined( $kind ) ? constant( $kind ) : -1;
	};
	$since = array(
		$named( 'T_MATCH' )                     => 'match expression (PHP 8.0)',
		$named( 'T_NULLSAFE_OBJECT_OPERATOR' )  => 'nullsafe operator ?-> (PHP 8.0)',
		$named( 'T_ATTRIBUTE' )                 => 'attribute #[...] (PHP 8.0)',
		$named( 'T_ENUM' )                      => 'enum (PHP 8.1)',
		$named( 'T_READONLY' )                  => 'readonly (PHP 8.1)',
	);
	unset( $since[-1] );

	for ( $i = 0; $i < $n; $i++ ) {
		list( $id, $text, $line ) = $tokens[ $i ];
		$prev = $tokens[ $i - 1 ] ?? array( 0, '', 0 );
		$next = $tokens[ $i + 1 ] ?? array( 0, '', 0 );

		if ( isset( $since[ $id ] ) ) {
			$say( $line, $since[ $id ] );
			continue;
		}
		// PHP 8 tokenizes namespaced names as one token; 7.4 code still reads them fine, but calls are checked by their last part.
		$name = in_array( $id, array( T_STRING, $named( 'T_NAME_QUALIFIED' ), $named( 'T_NAME_FULLY_QUALIFIED' ) ), true ) ? ltrim( (string) strrchr( '\\' . $text, '\\' ), '\\' ) : null;

		// Named argument: `(` or `,` then a name then a single colon.
		if ( T_STRING === $id && retainer_compat_is( $next, ':' ) && ( retainer_compat_is( $prev, '(' ) || retainer_compat_is( $prev, ',' ) ) ) {
			$say( $line, "named argument $text: (PHP 8.0)" );
		}
		// A function PHP 7.4 lacks (not a method call, not a declaration).
		if ( null !== $name && retainer_compat_is( $next, '(' ) && in_array( strtolower( $name ), PHP8_FUNCTIONS, true )
			&& ! in_array( $prev[0], array( T_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION ), true ) ) {
			$say( $line, "function $name() (PHP 8.0+)" );
		}
		// A class PHP 7.4 lacks, used after new / catch / instanceof or in a type.
		if ( null !== $name && in_array( $name, PHP8_CLASSES, true ) && ! in_array( $prev[0], array( T_OBJECT_OPERATOR, T_DOUBLE_COLON, T_FUNCTION, T_CONST ), true ) ) {
			$say( $line, "class $name (PHP 8.0+)" );
		}
		// $object::class
		if ( T_VARIABLE === $id && T_DOUBLE_COLON === $next[0] && T_CLASS === ( $tokens[ $i + 2 ][0] ?? 0 ) ) {
			$say( $line, '$object::class (PHP 8.0)' );
		}
		// catch (Exception) without a variable.
		if ( T_CATCH === $id ) {
			for ( $j = $i + 2; $j < $n && ! retainer_compat_is( $tokens[ $j ], ')' ); $j++ ) {
				if ( T_VARIABLE === $tokens[ $j ][0] ) {
					continue 2;
				}
			}
			$say( $line, 'catch without a variable (PHP 8.0)' );
		}
		// First-class callable syntax f(...).
		if ( T_ELLIPSIS === $id && retainer_compat_is( $prev, '(' ) && retainer_compat_is( $next, ')' ) ) {
			$say( $line, 'first-class callable (...) (PHP 8.1)' );
		}
		if ( T_LNUMBER === $id && preg_match( '/^0[oO]/', $text ) ) {
			$say( $line, 'explicit octal 0o (PHP 8.1)' );
		}

		if ( T_FUNCTION !== $id ) {
			continue;
		}
		// A declaration (or closure / arrow fn): read its parameter list and return type.
		$j = $i + 1;
		while ( $j < $n && ! retainer_compat_is( $tokens[ $j ], '(' ) ) {
			$j++;
		}
		$depth       = 0;
		$before_var  = true; // between `(` / `,` and the parameter's variable: the type part
		$last        = null;
		$constructor = '__construct' === strtolower( $tokens[ $i + 1 ][1] ?? '' );
		for ( ; $j < $n; $j++ ) {
			$t = $tokens[ $j ];
			if ( retainer_compat_is( $t, '(' ) || retainer_compat_is( $t, '[' ) ) {
				$depth++;
			} elseif ( retainer_compat_is( $t, ')' ) || retainer_compat_is( $t, ']' ) ) {
				$depth--;
				if ( 0 === $depth ) {
					if ( null !== $last && retainer_compat_is( $last, ',' ) ) {
						$say( $t[2], 'trailing comma in a parameter list (PHP 8.0)' );
					}
					break;
				}
			} elseif ( 1 === $depth ) {
				if ( retainer_compat_is( $t, ',' ) ) {
					$before_var = true;
				} elseif ( T_VARIABLE === $t[0] ) {
					$before_var = false;
				} elseif ( $before_var && retainer_compat_is( $t, '|' ) ) {
					$say( $t[2], 'union type (PHP 8.0)' );
				} elseif ( $before_var && T_STRING === $t[0] && in_array( strtolower( $t[1] ), PHP8_TYPES, true ) ) {
					$say( $t[2], "type {$t[1]} (PHP 8.0+)" );
				} elseif ( $constructor && in_array( $t[0], array( T_PUBLIC, T_PROTECTED, T_PRIVATE ), true ) ) {
					$say( $t[2], 'constructor property promotion (PHP 8.0)' );
				}
			}
			$last = $t;
		}
		// Return type: `)` `:` ... up to `{`, `;` or `=>`.
		if ( isset( $tokens[ $j + 1 ] ) && retainer_compat_is( $tokens[ $j + 1 ], ':' ) ) {
			for ( $k = $j + 2; $k < $n; $k++ ) {
				$t = $tokens[ $k ];
				if ( retainer_compat_is( $t, '{' ) || retainer_compat_is( $t, ';' ) || T_DOUBLE_ARROW === $t[0] ) {
					break;
				}
				if ( retainer_compat_is( $t, '|' ) ) {
					$say( $t[2], 'union return type (PHP 8.0)' );
				} elseif ( T_STATIC === $t[0] ) {
					$say( $t[2], 'static return type (PHP 8.0)' );
				} elseif ( T_STRING === $t[0] && in_array( strtolower( $t[1] ), PHP8_TYPES, true ) ) {
					$say( $t[2], "return type {$t[1]} (PHP 8.0+)" );
				}
			}
		}
	}
	return $found;
}

$root  = dirname( __DIR__, 2 );
$paths = array_slice( $argv, 1 ) ?: array( "$root/retainer-agent.php", "$root/uninstall.php", "$root/includes", "$root/admin" );
$files = retainer_compat_files( array_filter( $paths, 'file_exists' ) );
$all   = array();
foreach ( $files as $file ) {
	$all = array_merge( $all, retainer_compat_check( $file ) );
}
foreach ( $all as $line ) {
	fwrite( STDERR, $line . "\n" );
}
echo 'php74-compat: ' . count( $files ) . ' files checked, ' . count( $all ) . " findings\n";
exit( $all ? 1 : 0 );
