#!/usr/bin/env node
// Writes src/app/api-schema.d.ts from the hub's OpenAPI document, built from the hub's TypeScript
// sources (run through tsx, see package.json), so no hub build is needed:
//   npm run generate:api-types -w @retainer/dashboard-ui
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hubOpenApiDocument, renderApiTypes } from './api-types.mjs';

const hubSource = join(import.meta.dirname, '..', '..', 'dashboard-server', 'src');
const { buildApp } = await import(join(hubSource, 'app.ts'));
const { parseConfig } = await import(join(hubSource, 'config.ts'));

const target = join(import.meta.dirname, '..', 'src', 'app', 'api-schema.d.ts');
writeFileSync(target, await renderApiTypes(await hubOpenApiDocument({ buildApp, parseConfig })));
console.log(`wrote ${target}`);
