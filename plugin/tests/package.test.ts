import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLUGIN_DIR } from './support/paths';
import { phpString, wpEvalJson } from './support/wp';

const run = promisify(execFile);
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

/*
 * The zip a freelancer uploads in wp-admin (Plugins → Add New → Upload Plugin), as `npm run package`
 * writes it and the hub serves it. Built here from the checked-out plugin (its admin page must be built).
 */
describe('the plugin package (dist/retainer-agent.zip)', () => {
  let entries: Record<string, Uint8Array>;
  const out = mkdtempSync(join(tmpdir(), 'retainer-package-'));
  beforeAll(async () => {
    const { stdout } = await run(process.execPath, [join(PLUGIN_DIR, 'scripts/package.mjs')]);
    expect(stdout).toMatch(/dist\/retainer-agent\.zip: Retainer Agent \d+\.\d+\.\d+, \d+ files/);
    entries = unzipSync(new Uint8Array(readFileSync(join(PLUGIN_DIR, 'dist/retainer-agent.zip'))));
    for (const [name, data] of Object.entries(entries)) {
      mkdirSync(dirname(join(out, name)), { recursive: true });
      writeFileSync(join(out, name), data);
    }
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('holds one top folder with every shipped file, byte for byte, and nothing for development', () => {
    const names = Object.keys(entries);
    expect(names.every((n) => n.startsWith('retainer-agent/'))).toBe(true);
    const shipped = ['retainer-agent.php', 'uninstall.php', 'readme.txt', ...['includes', 'admin', 'build'].flatMap((d) => files(join(PLUGIN_DIR, d)).map((f) => relative(PLUGIN_DIR, f)))];
    expect(names.map((n) => n.slice('retainer-agent/'.length)).sort()).toEqual(shipped.sort());
    for (const f of shipped) expect(Buffer.from(entries[`retainer-agent/${f}`]!).equals(readFileSync(join(PLUGIN_DIR, f))), f).toBe(true);
    for (const dev of ['tests/', 'node_modules/', 'package.json', 'tsconfig.json', 'vitest.config.ts', 'scripts/', 'README.md']) {
      expect(names.some((n) => n.startsWith(`retainer-agent/${dev}`)), dev).toBe(false);
    }
    expect(names).toEqual(expect.arrayContaining(['retainer-agent/build/index.js', 'retainer-agent/build/index.asset.php']));
  });

  it('is a plugin WordPress recognises, with the version and requirements of the source', async () => {
    const data = await wpEvalJson<Record<string, string>>(`
      require_once ABSPATH . 'wp-admin/includes/plugin.php';
      echo wp_json_encode( get_plugin_data( ${phpString(join(out, 'retainer-agent/retainer-agent.php'))}, false, false ) );`);
    const header = readFileSync(join(PLUGIN_DIR, 'retainer-agent.php'), 'utf8');
    expect(data).toMatchObject({ Name: 'Retainer Agent', RequiresPHP: '7.4', RequiresWP: '6.6' });
    expect(header).toContain(`Version:           ${data.Version}`);
  });

  it('passes the PHP 7.4 check as extracted', async () => {
    const { stdout } = await run(process.env.PHP_BIN ?? 'php', [join(PLUGIN_DIR, 'tests/bin/php74-compat.php'), join(out, 'retainer-agent')]);
    expect(stdout).toMatch(/files checked, 0 findings/);
  });
});
