#!/usr/bin/env bash
# A real WordPress (6.8, from Debian's `wordpress` package) with the Retainer Agent plugin active,
# served by `php -S` on loopback, for the plugin's tests and the end-to-end tests.
#
#   bash plugin/tests/bin/wp-test-site.sh          # (re)create the site and serve it; prints the env file path
#   bash plugin/tests/bin/wp-test-site.sh down     # stop the PHP server (and MariaDB if this script started it)
#
# Knobs (environment):
#   WP_TEST_ROOT   where caches, sites and logs live      [${TMPDIR:-/tmp}/retainer-wp]
#   WP_PORT        port of the site (http://127.0.0.1:PORT) [8899]; one database and folder per port
#   WP_SUITE       Debian suite whose wordpress .deb is used [trixie] (trixie = WordPress 6.8)
#   WP_DB_HOST     where WordPress reaches MariaDB           [127.0.0.1:3306]
#   WP_SKIP_PLUGIN=1  set up WordPress without the plugin
#
# Result: $WP_TEST_ROOT/<port>/site.env with
#   WP_URL, WP_VERSION, WP_ADMIN_USER, WP_ADMIN_PASSWORD, WP_APP_PASSWORD, WP_DOCROOT,
#   WP_EVAL_SCRIPT (php WP_EVAL_SCRIPT WP_DOCROOT 'code' runs code inside WordPress), WP_PLUGIN_FILE,
#   WP_DB_NAME, WP_DEBUG_LOG
#
# The plugin is copied from this folder (without node_modules, tests and TypeScript sources);
# run `npm run build -w retainer-agent` first so the admin page has its script.
# There is no wp-cli package in Debian: WP_EVAL_SCRIPT stands in for `wp eval`.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
plugin_src=$(cd "$here/../.." && pwd)
root=${WP_TEST_ROOT:-${TMPDIR:-/tmp}/retainer-wp}
port=${WP_PORT:-8899}
suite=${WP_SUITE:-trixie}
url="http://127.0.0.1:$port"
cache="$root/cache"
site="$root/$port"
docroot="$site/docroot"
logs="$site/logs"
db_name="retainer_wp_$port"
db_user=retainer_wp
db_pass=retainer_wp
db_host=${WP_DB_HOST:-127.0.0.1:3306}
slug=retainer-agent
started=$(date +%s%N)

say() {
  local ms=$((($(date +%s%N) - started) / 1000000))
  printf '[wp-test-site %3d.%ds] %s\n' $((ms / 1000)) $((ms % 1000 / 100)) "$*"
}
fail() {
  echo "wp-test-site: $*" >&2
  exit 1
}

# MariaDB as its administrator: root over the local socket, else root with an empty password over TCP.
db_admin() {
  if mysql -uroot -e 'select 1' >/dev/null 2>&1; then
    mysql -uroot "$@"
  else
    mysql -h127.0.0.1 -P3306 -uroot "$@"
  fi
}
db_alive() { mysqladmin -uroot ping >/dev/null 2>&1 || mysqladmin -h127.0.0.1 -P3306 -uroot ping >/dev/null 2>&1; }

port_answers() { php -r '$s = @fsockopen("127.0.0.1", (int) $argv[1], $e, $m, 0.5); exit($s ? 0 : 1);' "$port"; }

stop_server() {
  # php -S with PHP_CLI_SERVER_WORKERS forks workers: stop the whole process group.
  if [[ -f "$site/php.pid" ]]; then
    kill -- -"$(cat "$site/php.pid")" 2>/dev/null || true
    rm -f "$site/php.pid"
  fi
  for _ in $(seq 1 40); do
    port_answers || return 0
    sleep 0.25
  done
  fail "port $port still answers after stopping our server: another program listens there"
}

if [[ "${1:-up}" == down ]]; then
  stop_server
  if [[ -f "$root/mariadb.started-by-us" ]]; then
    mysqladmin -uroot shutdown 2>/dev/null || true
    rm -f "$root/mariadb.started-by-us"
  fi
  say "stopped"
  exit 0
fi
[[ "${1:-up}" == up ]] || fail "usage: $0 [up|down]"

bash "$here/ensure-system-packages.sh"
mkdir -p "$cache" "$logs"

# 1. WordPress itself: Debian's package, downloaded with a private apt state and unpacked (cached).
wp_src="$cache/wordpress-$suite"
if [[ ! -f "$wp_src/usr/share/wordpress/wp-includes/version.php" ]]; then
  say "downloading Debian $suite's wordpress package"
  apt_dir="$cache/apt-$suite"
  mkdir -p "$apt_dir/sources" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs"
  # The machine's own Debian mirrors with the suite name swapped; its apt state is left alone.
  if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    host_sources=/etc/apt/sources.list.d/debian.sources; ours=wordpress.sources
  elif [[ -s /etc/apt/sources.list ]]; then
    host_sources=/etc/apt/sources.list; ours=wordpress.list
  else
    fail "no Debian apt sources found (/etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list)"
  fi
  host_suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
  rm -f "$apt_dir"/sources/*
  sed -e "s/\b$host_suite-security\b/$suite-security/g" \
      -e "s/\b$host_suite-updates\b/$suite-updates/g" \
      -e "s/\b$host_suite\b/$suite/g" "$host_sources" > "$apt_dir/sources/$ours"
  apt_opts=(-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$apt_dir/sources"
            -o Dir::State::Lists="$apt_dir/lists" -o Dir::Cache="$apt_dir/cache" -o APT::Sandbox::User=root)
  apt-get "${apt_opts[@]}" update -qq > "$logs/apt.log" 2>&1 || { tail -n 20 "$logs/apt.log"; fail "apt-get update ($suite) failed"; }
  (
    cd "$apt_dir/debs" && rm -f ./*.deb
    apt-get "${apt_opts[@]}" download -qq wordpress wordpress-theme-twentytwentyfive \
      libjs-cropper libjs-underscore libjs-lodash php-getid3
  ) >> "$logs/apt.log" 2>&1 || { tail -n 20 "$logs/apt.log"; fail "downloading the wordpress package failed"; }
  rm -rf "$wp_src.partial"
  mkdir -p "$wp_src.partial"
  for deb in "$apt_dir"/debs/*.deb; do dpkg-deb -x "$deb" "$wp_src.partial"; done
  # Debian points wp-config.php at /etc/wordpress; the test site brings its own.
  rm -f "$wp_src.partial/usr/share/wordpress/wp-config.php" "$wp_src.partial/usr/share/wordpress/.htaccess"
  rm -rf "$wp_src"
  mv "$wp_src.partial" "$wp_src"
fi
wp_version=$(php -r 'include $argv[1]; echo $wp_version;' "$wp_src/usr/share/wordpress/wp-includes/version.php")
say "WordPress $wp_version"

# 2. A fresh document root. The package's symlinks (into /usr/share/javascript, /usr/share/php)
#    are relative, so copying with -L resolves them inside the unpacked tree.
stop_server
rm -rf "$docroot"
: > "$logs/wp-debug.log" # a fresh site starts with a fresh log
cp -rL "$wp_src/usr/share/wordpress" "$docroot"
mkdir -p "$docroot/wp-content/mu-plugins" "$docroot/wp-content/uploads" "$docroot/wp-content/upgrade"

cat > "$docroot/wp-content/mu-plugins/test-site-harness.php" <<'PHP'
<?php
/*
 * Test-site harness: this machine has no mail server and no network beyond loopback.
 * - wp_mail() succeeds without sending;
 * - HTTP requests to anything but loopback fail at once instead of waiting for a timeout.
 */
add_filter( 'pre_wp_mail', '__return_true' );
add_filter( 'pre_option_show_avatars', '__return_zero' );
add_filter(
	'pre_http_request',
	static function ( $pre, $args, $url ) {
		$host = strtolower( (string) wp_parse_url( $url, PHP_URL_HOST ) );
		if ( in_array( $host, array( '127.0.0.1', 'localhost', '[::1]', '::1' ), true ) ) {
			return $pre;
		}
		return new WP_Error( 'http_request_failed', 'Test site: no network beyond loopback (' . $host . ').' );
	},
	10,
	3
);
PHP

# 3. Database: the machine's MariaDB (started here if it is not running), one database per port.
if ! db_alive; then
  say "starting MariaDB"
  if [[ $(id -u) -eq 0 ]] && id mysql >/dev/null 2>&1; then
    mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  fi
  # mysqld_safe reads PLUGIN_DIR from the environment as its --plugin-dir: never pass one along.
  (env -u PLUGIN_DIR setsid mysqld_safe > "$logs/mysqld_safe.log" 2>&1 &)
  touch "$root/mariadb.started-by-us"
  for _ in $(seq 1 120); do db_alive && break; sleep 0.25; done
  db_alive || fail "MariaDB did not start (see $logs/mysqld_safe.log)"
fi
db_admin -e "DROP DATABASE IF EXISTS \`$db_name\`;
  CREATE DATABASE \`$db_name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS '$db_user'@'127.0.0.1' IDENTIFIED BY '$db_pass';
  CREATE USER IF NOT EXISTS '$db_user'@'localhost' IDENTIFIED BY '$db_pass';
  GRANT ALL ON \`$db_name\`.* TO '$db_user'@'127.0.0.1';
  GRANT ALL ON \`$db_name\`.* TO '$db_user'@'localhost';
  FLUSH PRIVILEGES;"
say "MariaDB database $db_name ready"

cat > "$docroot/wp-config.php" <<PHP
<?php
define( 'DB_NAME', '$db_name' );
define( 'DB_USER', '$db_user' );
define( 'DB_PASSWORD', '$db_pass' );
define( 'DB_HOST', '$db_host' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as \$name ) {
	define( \$name, 'test-site-' . \$name . '-$port' );
}
\$table_prefix = 'wp_';
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$logs/wp-debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // application passwords over plain http
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
PHP

# 4. Helpers: the php -S router and the `wp eval` stand-in.
cat > "$site/router.php" <<'PHP'
<?php
// php -S router: existing files are served as they are, everything else goes through WordPress.
$path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
if ( '/' !== $path && is_file( $_SERVER['DOCUMENT_ROOT'] . $path ) ) {
	return false;
}
if ( '/' !== $path && is_dir( $_SERVER['DOCUMENT_ROOT'] . $path ) && is_file( rtrim( $_SERVER['DOCUMENT_ROOT'] . $path, '/' ) . '/index.php' ) ) {
	$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = rtrim( $path, '/' ) . '/index.php';
	$_SERVER['SCRIPT_FILENAME'] = rtrim( $_SERVER['DOCUMENT_ROOT'] . $path, '/' ) . '/index.php';
	chdir( dirname( $_SERVER['SCRIPT_FILENAME'] ) );
	require $_SERVER['SCRIPT_FILENAME'];
	return;
}
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
PHP
cat > "$site/wp-eval.php" <<'PHP'
<?php
// usage: php wp-eval.php DOCROOT 'php code' [install]
// Runs the code inside WordPress (like `wp eval`), with the admin includes loaded.
$_SERVER['HTTP_HOST']       = '127.0.0.1';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD']  = 'GET';
if ( ! empty( $argv[3] ) && 'install' === $argv[3] ) {
	define( 'WP_INSTALLING', true );
}
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
eval( $argv[2] );
PHP
wp_eval() { php "$site/wp-eval.php" "$docroot" "$@"; }

# 5. Install WordPress, the plugin and an application password.
wp_eval "wp_install( 'Retainer Test Site', 'admin', 'admin@example.com', true, '', 'password' );
  update_option( 'siteurl', '$url' );
  update_option( 'home', '$url' );
  update_option( 'permalink_structure', '/%postname%/' );
  flush_rewrite_rules();" install > "$logs/install.log" 2>&1 || { cat "$logs/install.log"; fail "wp_install failed"; }
say "WordPress installed"

plugin_file=""
if [[ "${WP_SKIP_PLUGIN:-0}" != 1 ]]; then
  [[ -f "$plugin_src/build/index.asset.php" ]] || say "warning: $plugin_src/build is missing; the admin page will have no script (npm run build -w retainer-agent)"
  dest="$docroot/wp-content/plugins/$slug"
  rm -rf "$dest"
  mkdir -p "$dest"
  tar -C "$plugin_src" --exclude=./node_modules --exclude=./tests --exclude=./admin \
    --exclude=./package.json --exclude=./tsconfig.json --exclude=./vitest.config.ts \
    --exclude=./.gitignore -cf - . | tar -C "$dest" -xf -
  plugin_file="$slug/$slug.php"
  wp_eval "\$r = activate_plugin( '$plugin_file' ); if ( is_wp_error( \$r ) ) { echo \$r->get_error_message(); exit( 1 ); }" \
    > "$logs/activate.log" 2>&1 || { cat "$logs/activate.log"; fail "activating $plugin_file failed"; }
  say "plugin $plugin_file active"
fi
app_password=$(wp_eval "list( \$pw ) = WP_Application_Passwords::create_new_application_password( 1, array( 'name' => 'tests' ) ); echo \$pw;")

# 6. Serve. More than one worker: WordPress calls itself (cron spawn, update downloads).
PHP_CLI_SERVER_WORKERS=4 setsid php -S "127.0.0.1:$port" -t "$docroot" "$site/router.php" > "$logs/php-server.log" 2>&1 &
echo $! > "$site/php.pid"
for _ in $(seq 1 80); do
  curl -fsS -o /dev/null "$url/wp-json/" 2>/dev/null && break
  sleep 0.25
done
curl -fsS -u "admin:$app_password" "$url/wp-json/wp/v2/users/me" | grep -q '"id":1' \
  || { tail -n 20 "$logs/php-server.log"; fail "the REST API does not answer with the application password"; }

cat > "$site/site.env" <<ENV
WP_URL=$url
WP_VERSION=$wp_version
WP_ADMIN_USER=admin
WP_ADMIN_PASSWORD=password
WP_APP_PASSWORD='$app_password'
WP_DOCROOT=$docroot
WP_EVAL_SCRIPT=$site/wp-eval.php
WP_PLUGIN_FILE=$plugin_file
WP_DB_NAME=$db_name
WP_DEBUG_LOG=$logs/wp-debug.log
ENV
say "ready: $url (WordPress $wp_version); env in $site/site.env"
