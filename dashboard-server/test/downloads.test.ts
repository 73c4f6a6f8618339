import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestHub, type TestHub } from './helpers/app.js';

describe('GET /downloads/retainer-agent.zip', () => {
  const dir = mkdtempSync(join(tmpdir(), 'retainer-download-'));
  const zip = join(dir, 'retainer-agent.zip');
  let hub: TestHub;
  beforeAll(async () => {
    hub = await buildTestHub({ config: { agentPluginZip: zip } });
  });
  afterAll(async () => {
    await hub?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says plainly that no package was built, as JSON, while there is none', async () => {
    const r = await hub.app.inject({ method: 'GET', url: '/downloads/retainer-agent.zip' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error).toMatchObject({ code: 'NOT_FOUND' });
    expect(r.json().error.message).toContain('npm run package -w retainer-agent');
  });

  it('serves the package to anyone, as an attachment, and a rebuilt one without a restart', async () => {
    const first = randomBytes(4096);
    writeFileSync(zip, first);
    const r = await hub.app.inject({ method: 'GET', url: '/downloads/retainer-agent.zip' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/zip');
    expect(r.headers['content-disposition']).toBe('attachment; filename="retainer-agent.zip"');
    expect(r.rawPayload.equals(first)).toBe(true);

    const second = randomBytes(1000);
    writeFileSync(zip, second);
    const again = await hub.app.inject({ method: 'GET', url: '/downloads/retainer-agent.zip' });
    expect(again.rawPayload.equals(second)).toBe(true);
    expect(Number(again.headers['content-length'])).toBe(1000);
  });
});
