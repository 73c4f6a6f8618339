/*
 * Writes schemas/*.json from the TypeBox sources. The files are committed so the PHP side (and anyone
 * reading the contract) needs no TypeScript; a test fails when they drift from the sources.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportedSchemas, schemaFileContent } from '../src/schema-export.js';

const here = dirname(fileURLToPath(import.meta.url));
// Works both from src (tsx/vitest) and from dist/scripts after tsc.
const root = here.includes(`${join('dist', 'scripts')}`) ? join(here, '..', '..') : join(here, '..');
const outDir = join(root, 'schemas');
mkdirSync(outDir, { recursive: true });
for (const [file, schema] of Object.entries(exportedSchemas)) {
  writeFileSync(join(outDir, file), schemaFileContent(schema));
}
console.log(`protocol: wrote ${Object.keys(exportedSchemas).length} JSON Schema files to schemas/`);
