/**
 * The committed wire types must match what the hub documents today: this fails as soon as a hub
 * route schema changes without `npm run generate:api-types -w @retainer/dashboard-ui`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ES module without declarations, shared with the generator script
import { hubOpenApiDocument, renderApiTypes } from '../../scripts/api-types.mjs';
import { buildApp } from '../../../dashboard-server/src/app';
import { parseConfig } from '../../../dashboard-server/src/config';

type Document = { paths: Record<string, Record<string, { responses?: Record<string, { content?: unknown }> }>> };

describe('api-schema.d.ts', () => {
  let document: Document;
  beforeAll(async () => {
    document = await hubOpenApiDocument({ buildApp, parseConfig });
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
