import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/database.js';
import { startHubProcess, type HubProcess } from './helpers/hub-process.js';

/* The built hub, as operators run it: example plans are seeded on the first start only, once. */
describe('example plans on a real hub process', () => {
  let tdb: TestDatabase;
  const running: HubProcess[] = [];
  const env = () => ({ DATABASE_URL: tdb.url, RETAINER_ADMIN_EMAIL: 'owner@example.com', RETAINER_ADMIN_PASSWORD: 'correct horse battery', BACKUP_JOBS_ENABLED: 'false', REPORTS_ENABLED: 'false', UPDATE_RUNS_ENABLED: 'false' });

  beforeAll(async () => {
    // The migrations of a fresh database are applied by the hubs themselves.
    tdb = await createTestDatabase();
    await tdb.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  });
  afterAll(async () => {
    await Promise.all(running.map((h) => h.stop()));
    await tdb?.drop();
  });

  const token = async (hub: HubProcess) => {
    const r = await fetch(`${hub.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'owner@example.com', password: 'correct horse battery' }) });
    return { authorization: `Bearer ${((await r.json()) as { token: string }).token}` };
  };
  const plans = async (hub: HubProcess) => {
    const r = await fetch(`${hub.url}/api/v1/plans`, { headers: await token(hub) });
    return ((await r.json()) as { items: { id: string; name: string }[] }).items;
  };

  it('two processes starting together seed the three examples once; a deleted example stays deleted after a restart', async () => {
    const [a, b] = await Promise.all([startHubProcess(env()), startHubProcess(env())]);
    running.push(a!, b!);
    expect((await plans(a!)).map((p) => p.name)).toEqual(['Essential', 'Professional', 'Premium']);
    expect(await plans(b!)).toHaveLength(3);
    expect(`${a!.output()}${b!.output()}`).not.toMatch(/billing scheduler tick failed|unhandled/);

    const essential = (await plans(a!)).find((p) => p.name === 'Essential')!;
    const del = await fetch(`${a!.url}/api/v1/plans/${essential.id}`, { method: 'DELETE', headers: await token(a!) });
    expect(del.status).toBe(204);
    await Promise.all(running.splice(0).map((h) => h.stop()));

    const c = await startHubProcess(env());
    running.push(c);
    expect((await plans(c)).map((p) => p.name)).toEqual(['Professional', 'Premium']);
  });
}, 180_000);
