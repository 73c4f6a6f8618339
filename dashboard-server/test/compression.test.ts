import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestHub, type TestHub } from './helpers/app.js';

/*
 * The dashboard's API and files are compressed for clients that ask. The agent protocol is registered
 * outside those scopes (its answers are small acknowledgements), and the progress stream is hijacked
 * and written raw (the stream tests read it with fetch, which asks for compression).
 */
let hub: TestHub;
let ui: string;
const BUNDLE = `export const words = ${JSON.stringify(Array.from({ length: 4000 }, (_, i) => `word-${i % 97}`))};\n`;

beforeAll(async () => {
  ui = mkdtempSync(join(tmpdir(), 'retainer-ui-'));
  mkdirSync(join(ui, 'assets'));
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>Retainer dashboard shell</title>');
  writeFileSync(join(ui, 'assets', 'app.js'), BUNDLE);
  hub = await buildTestHub({ config: { uiDistDir: ui } });
  for (let i = 0; i < 12; i++) await hub.enrolledAgent({ url: `https://compressed-${i}.example.com`, label: `Compressed site ${i}` });
});
afterAll(async () => {
  await hub?.close();
  rmSync(ui, { recursive: true, force: true });
});

describe('compression', () => {
  it('gzips a large API answer when asked, and the body is the same JSON', async () => {
    const plain = await hub.app.inject({ method: 'GET', url: '/api/v1/sites?limit=100', headers: hub.auth });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await hub.app.inject({ method: 'GET', url: '/api/v1/sites?limit=100', headers: { ...hub.auth, 'accept-encoding': 'gzip' } });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    const body = gunzipSync(zipped.rawPayload).toString('utf8');
    expect(JSON.parse(body)).toEqual(plain.json());
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });

  it('compresses the dashboard files and leaves small answers alone', async () => {
    const js = await hub.app.inject({ method: 'GET', url: '/assets/app.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-encoding']).toBe('br');
    const small = await hub.app.inject({ method: 'GET', url: '/healthz', headers: { 'accept-encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    const bad = await hub.app.inject({ method: 'GET', url: '/api/v1/sites?limit=abc', headers: { ...hub.auth, 'accept-encoding': 'gzip' } });
    expect(bad.statusCode).toBe(400);
  });
});
