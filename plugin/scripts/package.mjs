#!/usr/bin/env node
// Packs the plugin as WordPress installs it (Plugins → Add New → Upload Plugin): dist/retainer-agent.zip
// with one top folder, retainer-agent/, holding the shipped files only — the PHP, the built admin page
// (build/) and its TypeScript source (admin/, as the GPL asks), readme.txt. No tests, no node_modules,
// no development files. The hub serves this file to the dashboard (/downloads/retainer-agent.zip).
//
//   npm run package -w retainer-agent        (builds the admin page first)
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const root = join(import.meta.dirname, '..');
/** What ships: files and folders at the plugin's top level. */
export const SHIPPED = ['retainer-agent.php', 'uninstall.php', 'readme.txt', 'includes', 'admin', 'build'];

function walk(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) walk(join(path, name), out);
  } else {
    out.push(path);
  }
  return out;
}

const version = /^\s*\*\s*Version:\s*(\S+)/m.exec(readFileSync(join(root, 'retainer-agent.php'), 'utf8'))?.[1];
if (!version) throw new Error('retainer-agent.php has no Version header');
for (const required of ['build/index.js', 'build/index.asset.php']) {
  try {
    statSync(join(root, required));
  } catch {
    throw new Error(`${required} is missing: build the admin page first (npm run build -w retainer-agent)`);
  }
}

// A fixed date keeps the archive the same from one build to the next when the files are.
const mtime = new Date('2026-01-01T00:00:00Z');
const entries = {};
for (const top of SHIPPED) {
  for (const file of walk(join(root, top), [])) {
    entries[`retainer-agent/${relative(root, file).split('\\').join('/')}`] = [readFileSync(file), { mtime }];
  }
}
mkdirSync(join(root, 'dist'), { recursive: true });
const zip = zipSync(entries, { level: 9 });
writeFileSync(join(root, 'dist', 'retainer-agent.zip'), zip);
console.log(`dist/retainer-agent.zip: Retainer Agent ${version}, ${Object.keys(entries).length} files, ${(zip.length / 1024).toFixed(0)} KiB`);
