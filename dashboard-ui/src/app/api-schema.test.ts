/**
 * The committed wire types must match what the hub documents today: this fails as soon as a hub
 * route schema changes without `npm run generate:api-types -w @retainer/dashboard-ui`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without declarations, shared with the generator script
import { hubOpenApiDocument, renderApiTypes } from '../../scripts/api-types.mjs';

// Loaded by path at run time so the dashboard's type check does not pull in the hub's sources.
const HUB_SOURCE = new URL('../../../dashboard-server/src/', import.meta.url);
async function loadHub() {
  const { buildApp } = (await import(/* @vite-ignore */ new URL('app.ts', HUB_SOURCE).href)) as { buildApp: unknown };
  const { parseConfig } = (await import(/* @vite-ignore */ new URL('config.ts', HUB_SOURCE).href)) as { parseConfig: unknown };
  return { buildApp, parseConfig };
}

type Document = { paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>> };

describe('api-schema.d.ts', () => {
  let document: Document;
  beforeAll(async () => {
    document = await hubOpenApiDocument(await loadHub());
  }, 30_000);

  it('is up to date with the hub’s OpenAPI document', async () => {
    const committed = readFileSync(join(import.meta.dirname, 'api-schema.d.ts'), 'utf8');
    expect(committed === (await renderApiTypes(document)), 'src/app/api-schema.d.ts is stale: run npm run generate:api-types -w @retainer/dashboard-ui').toBe(true);
  }, 30_000);

  it('covers the dashboard’s endpoints with response schemas', () => {
    for (const path of ['/api/v1/sites', '/api/v1/sites/{id}', '/api/v1/backups', '/api/v1/uptime', '/api/v1/alert-channels']) {
      expect(document.paths[path]?.get?.responses?.['200']?.content, path).toBeDefined();
    }
  });
});
