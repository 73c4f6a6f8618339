import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
  createReadStream,
} from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  canonicalString,
  newNonce,
  signCanonical,
  type KeyPair,
} from "@retainer/protocol";
import { PLUGIN_DIR } from "./paths";
import { phpString, site, wpEval, wpEvalJson } from "./wp";

const run = promisify(execFile);

/** Sources of the fake plugins, theme and translation the update tests install and update. */
export const UPDATE_PACKAGES_DIR = join(
  PLUGIN_DIR,
  "tests/fixtures/update-packages",
);

/**
 * Zips built from tests/fixtures/update-packages into a temporary folder and served on loopback, the
 * way wordpress.org serves packages: GET <url>/<name>.zip.
 */
export class PackageServer {
  readonly dir = mkdtempSync(join(tmpdir(), "retainer-update-packages-"));
  /** Every path requested, in order (a refused update must not even download its package). */
  readonly requests: string[] = [];
  url = "";
  port = 0;
  private server: Server | undefined;

  /** Builds <slug>-<version>.zip with the fixture's top folder inside, as plugin and theme zips have. */
  async build(slug: string, version: string): Promise<string> {
    return this.zip(
      join(UPDATE_PACKAGES_DIR, slug, version),
      `${slug}-${version}.zip`,
    );
  }

  /** A language pack as wordpress.org ships one: .po, .mo and .l10n.php at the zip's root. */
  async buildTranslation(revision: string, name: string): Promise<string> {
    const staging = mkdtempSync(join(this.dir, "lang-"));
    cpSync(join(UPDATE_PACKAGES_DIR, "translation", revision), staging, {
      recursive: true,
    });
    await compileMoFiles(staging);
    try {
      return await this.zip(staging, name);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests.push(req.url ?? "");
      const file = join(
        this.dir,
        (req.url ?? "").replace(/^\/+/, "").replace(/[^A-Za-z0-9._-]/g, ""),
      );
      if (!existsSync(file) || !statSync(file).isFile()) {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
        return;
      }
      res.writeHead(200, {
        "content-type": "application/zip",
        "content-length": statSync(file).size,
      });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((resolve) =>
      this.server!.listen(0, "127.0.0.1", resolve),
    );
    const addr = this.server.address();
    this.port = typeof addr === "object" && addr ? addr.port : 0;
    this.url = `http://127.0.0.1:${this.port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (this.server)
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async zip(source: string, name: string): Promise<string> {
    // PHP's ZipArchive (php-zip is one of the test site's packages) rather than a zip binary.
    const script = `
      $src = rtrim( $argv[1], '/' ); $z = new ZipArchive();
      if ( true !== $z->open( $argv[2], ZipArchive::CREATE | ZipArchive::OVERWRITE ) ) { exit( 1 ); }
      $it = new RecursiveIteratorIterator( new RecursiveDirectoryIterator( $src, FilesystemIterator::SKIP_DOTS ), RecursiveIteratorIterator::SELF_FIRST );
      foreach ( $it as $f ) {
        $rel = substr( $f->getPathname(), strlen( $src ) + 1 );
        $f->isDir() ? $z->addEmptyDir( $rel ) : $z->addFile( $f->getPathname(), $rel );
      }
      exit( $z->close() ? 0 : 1 );`;
    await run("php", ["-r", script, source, join(this.dir, name)]);
    return `${this.url}/${name}`;
  }
}

const HARNESS = "retainer-update-test-harness.php";

/**
 * A must-use plugin for the update tests, switched by options so each test turns on only what it needs:
 * - retainer_test_zip_port: WordPress downloads packages only from ports 80/443/8080 unless told otherwise;
 * - retainer_test_fs_method: pretend the file-system method is not "direct";
 * - retainer_test_broken: every page but the REST API answers 500 with WordPress's critical-error text;
 * - retainer_test_slow_probe: the agent's health probes take that many seconds (a run that lasts);
 * - retainer_test_push_budget: seconds a pushed command may run before its result also goes through the outbox.
 */
export function installHarness(): void {
  writeFileSync(
    join(site().WP_DOCROOT, "wp-content/mu-plugins", HARNESS),
    `<?php
add_filter( 'http_allowed_safe_ports', static function ( $ports ) {
	$port = (int) get_option( 'retainer_test_zip_port' );
	return $port ? array_merge( (array) $ports, array( $port ) ) : $ports;
} );
add_filter( 'filesystem_method', static function ( $method ) {
	$forced = get_option( 'retainer_test_fs_method' );
	return $forced ? $forced : $method;
}, 100 );
if ( false !== get_option( 'retainer_test_push_budget', false ) ) {
	add_filter( 'retainer_agent_push_answer_budget_s', static function () {
		return (float) get_option( 'retainer_test_push_budget' );
	} );
}
if ( get_option( 'retainer_test_slow_probe' ) && isset( $_GET['retainer_probe'] ) ) {
	sleep( (int) get_option( 'retainer_test_slow_probe' ) );
}
if ( get_option( 'retainer_test_broken' ) && 'cli' !== PHP_SAPI && false === strpos( (string) ( $_SERVER['REQUEST_URI'] ?? '' ), '/wp-json/' ) ) {
	http_response_code( 500 );
	echo '<p>There has been a critical error on this website.</p>';
	exit;
}
`,
  );
}

export async function removeHarness(): Promise<void> {
  rmSync(join(site().WP_DOCROOT, "wp-content/mu-plugins", HARNESS), {
    force: true,
  });
  await wpEval(
    `foreach ( array( 'retainer_test_zip_port', 'retainer_test_fs_method', 'retainer_test_broken', 'retainer_test_slow_probe' ) as $o ) { delete_option( $o ); } echo 'ok';`,
  );
}

export async function setTestOption(
  name:
    | "retainer_test_zip_port"
    | "retainer_test_fs_method"
    | "retainer_test_broken"
    | "retainer_test_slow_probe",
  value: string | number | null,
): Promise<void> {
  await wpEval(
    value === null
      ? `delete_option( '${name}' ); echo 'ok';`
      : `update_option( '${name}', ${phpString(String(value))} ); echo 'ok';`,
  );
}

const pluginsDir = () => join(site().WP_DOCROOT, "wp-content/plugins");
const themesDir = () => join(site().WP_DOCROOT, "wp-content/themes");

/** Copies a fixture plugin version into the site and activates it. */
export async function installPlugin(
  slug: string,
  version: string,
  opts: { activate?: boolean } = {},
): Promise<void> {
  rmSync(join(pluginsDir(), slug), { recursive: true, force: true });
  cpSync(
    join(UPDATE_PACKAGES_DIR, slug, version, slug),
    join(pluginsDir(), slug),
    { recursive: true },
  );
  if (opts.activate !== false) {
    const out = await wpEval(
      `$r = activate_plugin( ${phpString(`${slug}/${slug}.php`)} ); echo is_wp_error( $r ) ? $r->get_error_message() : 'ok';`,
    );
    if (out !== "ok") throw new Error(`activating ${slug}: ${out}`);
  }
}

export async function removePlugin(slug: string): Promise<void> {
  await wpEval(
    `deactivate_plugins( ${phpString(`${slug}/${slug}.php`)}, true ); echo 'ok';`,
  );
  rmSync(join(pluginsDir(), slug), { recursive: true, force: true });
}

export async function installTheme(
  slug: string,
  version: string,
): Promise<void> {
  rmSync(join(themesDir(), slug), { recursive: true, force: true });
  cpSync(
    join(UPDATE_PACKAGES_DIR, slug, version, slug),
    join(themesDir(), slug),
    { recursive: true },
  );
}

export async function removeTheme(slug: string): Promise<void> {
  rmSync(join(themesDir(), slug), { recursive: true, force: true });
}

/**
 * The binary .mo next to each .po of a folder, made by WordPress's own POMO classes (the fixtures
 * stay text; WordPress reads an installed translation's revision from the .po of a .mo).
 */
async function compileMoFiles(dir: string): Promise<void> {
  await wpEval(`
    require_once ABSPATH . WPINC . '/pomo/po.php';
    require_once ABSPATH . WPINC . '/pomo/mo.php';
    foreach ( glob( ${phpString(dir)} . '/*.po' ) as $file ) {
      $po = new PO();
      $mo = new MO();
      if ( ! $po->import_from_file( $file ) ) { exit( 1 ); }
      $mo->set_headers( $po->headers );
      foreach ( $po->entries as $entry ) { $mo->add_entry( $entry ); }
      if ( ! $mo->export_to_file( substr( $file, 0, -3 ) . '.mo' ) ) { exit( 1 ); }
    }
    echo 'ok';`);
}

/** Installs a translation revision of the demo plugin into wp-content/languages/plugins. */
export async function installTranslation(revision: string): Promise<void> {
  const dest = join(site().WP_DOCROOT, "wp-content/languages/plugins");
  cpSync(join(UPDATE_PACKAGES_DIR, "translation", revision), dest, {
    recursive: true,
  });
  await compileMoFiles(dest);
}

export function removeTranslations(): void {
  const dest = join(site().WP_DOCROOT, "wp-content/languages/plugins");
  if (!existsSync(dest)) return;
  for (const f of readdirSync(dest))
    if (f.startsWith("demo-plugin-")) rmSync(join(dest, f), { force: true });
}

export interface Offer {
  version: string;
  package: string;
  requires?: string;
  requires_php?: string;
}

/** Makes WordPress offer an update, as wordpress.org's answer stored in update_plugins would. */
export async function offerPluginUpdate(
  basename: string,
  offer: Offer,
): Promise<void> {
  await wpEval(`
    $t = get_site_transient( 'update_plugins' );
    if ( ! is_object( $t ) ) { $t = new stdClass(); }
    $t->last_checked = time();
    $t->response = isset( $t->response ) && is_array( $t->response ) ? $t->response : array();
    $t->response[ ${phpString(basename)} ] = (object) array(
      'slug' => ${phpString(basename.split("/")[0]!)},
      'plugin' => ${phpString(basename)},
      'new_version' => ${phpString(offer.version)},
      'package' => ${phpString(offer.package)},
      'url' => '',
      'requires' => ${phpString(offer.requires ?? "")},
      'requires_php' => ${phpString(offer.requires_php ?? "")},
    );
    set_site_transient( 'update_plugins', $t );
    echo 'ok';`);
}

export async function offerThemeUpdate(
  stylesheet: string,
  offer: Offer,
): Promise<void> {
  await wpEval(`
    $t = get_site_transient( 'update_themes' );
    if ( ! is_object( $t ) ) { $t = new stdClass(); }
    $t->last_checked = time();
    $t->response = isset( $t->response ) && is_array( $t->response ) ? $t->response : array();
    $t->response[ ${phpString(stylesheet)} ] = array(
      'theme' => ${phpString(stylesheet)},
      'new_version' => ${phpString(offer.version)},
      'package' => ${phpString(offer.package)},
      'url' => '',
      'requires' => ${phpString(offer.requires ?? "")},
      'requires_php' => ${phpString(offer.requires_php ?? "")},
    );
    set_site_transient( 'update_themes', $t );
    echo 'ok';`);
}

/** A language pack offer in update_plugins' translations, as wordpress.org sends it. */
export async function offerPluginTranslation(
  slug: string,
  language: string,
  version: string,
  updated: string,
  pkg: string,
): Promise<void> {
  await wpEval(`
    $t = get_site_transient( 'update_plugins' );
    if ( ! is_object( $t ) ) { $t = new stdClass(); $t->response = array(); }
    $t->last_checked = time();
    $t->translations = array( array(
      'type' => 'plugin', 'slug' => ${phpString(slug)}, 'language' => ${phpString(language)},
      'version' => ${phpString(version)}, 'updated' => ${phpString(updated)}, 'package' => ${phpString(pkg)}, 'autoupdate' => true,
    ) );
    set_site_transient( 'update_plugins', $t );
    echo 'ok';`);
}

/** A WordPress core release offer in update_core, as the version check API stores it. */
export async function offerCoreUpdate(
  version: string,
  phpVersion: string,
  pkg: string,
): Promise<void> {
  await wpEval(`
    $u = (object) array(
      'response' => 'upgrade', 'download' => ${phpString(pkg)}, 'locale' => 'en_US', 'current' => ${phpString(version)},
      'version' => ${phpString(version)}, 'php_version' => ${phpString(phpVersion)}, 'mysql_version' => '5.5.5', 'new_bundled' => '6.7', 'partial_version' => false,
      'packages' => (object) array( 'full' => ${phpString(pkg)}, 'no_content' => false, 'new_bundled' => false, 'partial' => false, 'rollback' => false ),
    );
    set_site_transient( 'update_core', (object) array( 'updates' => array( $u ), 'last_checked' => time(), 'version_checked' => get_bloginfo( 'version' ), 'translations' => array() ) );
    echo 'ok';`);
}

export async function clearOffers(): Promise<void> {
  await wpEval(
    `delete_site_transient( 'update_plugins' ); delete_site_transient( 'update_themes' ); delete_site_transient( 'update_core' ); echo 'ok';`,
  );
}

export interface SiteState {
  plugins: Record<string, { version: string; active: boolean }>;
  themes: Record<string, string>;
  stylesheet: string;
  translation: string | null;
  rollback_copies: string[];
  lock: string | null;
}

/** What is on disk and active now, read by WordPress itself. */
export async function siteState(): Promise<SiteState> {
  return wpEvalJson<SiteState>(`
    wp_clean_plugins_cache( false ); wp_clean_themes_cache( false );
    $plugins = array();
    foreach ( get_plugins() as $file => $data ) { $plugins[ $file ] = array( 'version' => $data['Version'], 'active' => is_plugin_active( $file ) ); }
    $themes = array();
    foreach ( wp_get_themes() as $slug => $theme ) { $themes[ $slug ] = $theme->get( 'Version' ); }
    $installed = wp_get_installed_translations( 'plugins' );
    $copies = glob( WP_CONTENT_DIR . '/retainer-rollback/*', GLOB_ONLYDIR );
    echo wp_json_encode( array(
      'plugins' => $plugins,
      'themes' => $themes,
      'stylesheet' => get_stylesheet(),
      'translation' => $installed['demo-plugin']['fr_FR']['PO-Revision-Date'] ?? null,
      'rollback_copies' => array_map( 'basename', is_array( $copies ) ? $copies : array() ),
      'lock' => get_option( 'retainer_agent_update_lock', null ),
    ) );`);
}

/** GET a page of the site as a logged-out visitor. */
export async function fetchPage(
  path = "/",
): Promise<{ status: number; body: string }> {
  const res = await fetch(`${site().WP_URL}${path}`, { redirect: "manual" });
  return { status: res.status, body: await res.text() };
}

const COMMANDS_PATH = "/wp-json/retainer/v1/commands";

/** An apply_updates Command addressed to the site. */
export function applyUpdatesCommand(
  siteId: string,
  args: unknown,
): Record<string, unknown> {
  const now = Date.now();
  return {
    command_id: randomUUID(),
    site_id: siteId,
    type: "apply_updates",
    args,
    issued_at: new Date(now).toISOString(),
    expires_at: new Date(now + 3_600_000).toISOString(),
  };
}

/** POSTs a command to the site's signed endpoint, signed with the hub key (signedBody: sign other bytes). */
export async function sendSigned(
  siteId: string,
  hubKey: KeyPair,
  body: string,
  opts: { signedBody?: string } = {},
): Promise<{ status: number; body: any }> {
  const timestamp = Math.floor(Date.now() / 1000);
  const nonce = newNonce();
  const canonical = canonicalString({
    method: "POST",
    path: COMMANDS_PATH,
    timestamp,
    nonce,
    body: opts.signedBody ?? body,
  });
  const res = await fetch(`${site().WP_URL}${COMMANDS_PATH}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "X-Retainer-Site": siteId,
      "X-Retainer-Timestamp": String(timestamp),
      "X-Retainer-Nonce": nonce,
      "X-Retainer-Signature": signCanonical(canonical, hubKey.privateKeyObject),
    },
    body,
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    throw new Error(
      `the commands endpoint did not answer JSON (HTTP ${res.status}):\n${text.slice(0, 2000)}`,
    );
  }
}
