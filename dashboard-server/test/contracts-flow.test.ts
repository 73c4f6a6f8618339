import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { billingApi } from './helpers/billing-fixtures.js';
import { pdfPages, startBillingSmtp } from './helpers/billing-smtp.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const LONG_TERMS = Array.from({ length: 90 }, (_, i) => `Clause ${i + 1}: the provider keeps the site's plugins, theme and core up to date and documents every change.`).join('\n');

describe('contract revisions: email → signed link → acceptance', () => {
  let hub: TestHub;
  let smtp: Awaited<ReturnType<typeof startBillingSmtp>>;
  let api: ReturnType<typeof billingApi>;
  let planId: string;
  let clientId: string;
  let contractId: string;
  const EMAIL = 'jane@delta-dental.example';

  beforeAll(async () => {
    smtp = await startBillingSmtp();
    hub = await buildTestHub({ start: '2026-11-05T10:00:00Z', config: { smtpUrl: smtp.url, publicUrl: 'https://hub.example', billingSellerName: 'Sam Freelance' } });
    api = billingApi(hub);
    planId = await api.plan({ name: 'Professional', monthly_fee_cents: 14_900, included_minutes: 60, inclusions: ['Weekly updates', 'Aktualizacje wtyczek co tydzień (Łódź)'], exclusions: ['New features'] });
    clientId = await api.client('Delta Dental', EMAIL);
  });
  afterAll(async () => {
    await hub?.close();
    await smtp?.close();
  });

  const linkIn = (text: string) => /https:\/\/hub\.example(\/contract\/accept\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/.exec(text)![1]!;
  const latestMail = () => smtp.to(EMAIL).at(-1)!;
  const acceptances = async () => (await hub.tdb.db.query<{ n: number }>('SELECT count(*)::int AS n FROM contract_acceptances')).rows[0]!.n;
  const form = (path: string, body: Record<string, string>, remoteAddress = '203.0.113.7') =>
    hub.app.inject({ method: 'POST', url: path, remoteAddress, headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Test Browser' }, payload: new URLSearchParams(body).toString() });

  it('refuses bad input without writing anything', async () => {
    const bad = [
      { client_id: clientId, plan_id: '00000000-0000-4000-8000-000000000000', start_date: '2026-12-01' },
      { client_id: '00000000-0000-4000-8000-000000000000', plan_id: planId, start_date: '2026-12-01' },
      { client_id: clientId, plan_id: planId, start_date: '2027-02-30' },
      { client_id: clientId, plan_id: planId, start_date: '2026-12-01', payment_terms_days: -1 },
    ];
    for (const payload of bad) {
      const r = await api.call('POST', '/contracts', payload);
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await hub.tdb.db.query('SELECT 1 FROM contracts')).rowCount).toBe(0);
    expect((await hub.tdb.db.query('SELECT 1 FROM contract_revisions')).rowCount).toBe(0);
    expect(smtp.messages).toHaveLength(0);
  });

  it('revision 1 is emailed with its PDF (revision number in every page footer); the client accepts it through the link', async () => {
    const created = await api.call('POST', '/contracts', { client_id: clientId, plan_id: planId, start_date: '2026-12-01', free_text: LONG_TERMS });
    expect(created.statusCode, created.body).toBe(201);
    const contract = created.json();
    contractId = contract.id;
    expect(contract.current_revision).toBe(1);
    const rev1 = contract.revisions[0];
    expect(rev1.sent_to).toBe(EMAIL);
    expect(rev1.body_sha256).toBe(sha256(rev1.body));
    expect(rev1.body).toContain('Professional');
    expect(rev1.body).toContain('Weekly updates');
    expect(rev1.body).toContain('New features');
    // The client is now on the contract's plan.
    expect((await api.ok('GET', `/clients/${clientId}/billing`)).plan_id).toBe(planId);

    const mail = latestMail();
    expect(mail.subject).toContain('revision 1');
    expect(mail.text).toContain(rev1.body_sha256);
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
    const pages = await pdfPages(pdf.content);
    expect(pages.length).toBeGreaterThan(1);
    // Set in fonts that cover Polish, not only Western European text.
    expect(pages.join('\n')).toContain('Aktualizacje wtyczek co tydzień (Łódź)');
    pages.forEach((p, i) => expect(p).toContain(`Revision 1 · SHA-256 ${rev1.body_sha256.slice(0, 16)}… · page ${i + 1} of ${pages.length}`));

    const link = linkIn(mail.text!);
    const page = await hub.app.inject({ method: 'GET', url: link });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).toContain('Delta Dental');
    expect(page.body).toContain(`value="${rev1.body_sha256}"`);

    hub.clock.advance(3_600_000);
    const accepted = await form(link, { name: '  Jane Molar ', sha256: rev1.body_sha256 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.body).toContain('Accepted on');

    const after = await api.ok('GET', `/contracts/${contractId}`);
    expect(after.accepted).toBe(true);
    expect(after.revisions[0].acceptance).toEqual({ accepted_name: 'Jane Molar', accepted_at: hub.clock.now().toISOString(), ip: '203.0.113.7', user_agent: 'Test Browser', body_sha256: sha256(rev1.body) });

    // A second acceptance of the same revision is refused and changes nothing.
    const again = await form(link, { name: 'Someone Else', sha256: rev1.body_sha256 }, '198.51.100.1');
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('text/html'); // a form post gets a page back
    expect(again.body).toContain('was accepted on');
    expect((await api.ok('GET', `/contracts/${contractId}`)).revisions[0].acceptance.accepted_name).toBe('Jane Molar');
    expect(await acceptances()).toBe(1);
  });

  it('new terms make revision 2; a revision superseded before acceptance can no longer be accepted', async () => {
    const r2 = await api.call('POST', `/contracts/${contractId}/revisions`, { free_text: `${LONG_TERMS}\nClause 91: emergency support within 4 hours.` });
    expect(r2.statusCode, r2.body).toBe(201);
    expect(r2.json().current_revision).toBe(2);
    expect(r2.json().accepted).toBe(false);
    const link2 = linkIn(latestMail().text!);
    expect(latestMail().subject).toContain('revision 2');
    const pdf = await hub.app.inject({ method: 'GET', url: `/api/v1/contracts/${contractId}/revisions/2/pdf`, headers: hub.auth });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const pages = await pdfPages(pdf.rawPayload);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((p) => expect(p).toContain('Revision 2 · SHA-256'));

    // Same terms again: not a revision.
    const same = await api.call('POST', `/contracts/${contractId}/revisions`, {});
    expect(same.statusCode).toBe(409);
    expect(same.json().error.code).toBe('CONFLICT');

    const plan2 = await api.plan({ name: 'Premium', monthly_fee_cents: 29_900 });
    const r3 = await api.call('POST', `/contracts/${contractId}/revisions`, { plan_id: plan2 });
    expect(r3.json().current_revision).toBe(3);
    const rev3 = r3.json().revisions[0];
    expect(rev3.plan_name).toBe('Premium');
    const link3 = linkIn(latestMail().text!);

    const stale = await hub.app.inject({ method: 'POST', url: link2, payload: { name: 'Jane Molar', sha256: r2.json().revisions[0].body_sha256 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
    expect((await hub.app.inject({ method: 'GET', url: link2 })).statusCode).toBe(409);

    // The text shown must be the text accepted.
    const wrongText = await hub.app.inject({ method: 'POST', url: link3, payload: { name: 'Jane Molar', sha256: r2.json().revisions[0].body_sha256 } });
    expect(wrongText.statusCode).toBe(409);
    const noName = await hub.app.inject({ method: 'POST', url: link3, payload: { name: '   ', sha256: rev3.body_sha256 } });
    expect(noName.statusCode).toBe(400);
    expect(await acceptances()).toBe(1);

    const ok = await hub.app.inject({ method: 'POST', url: link3, payload: { name: 'Jane Molar', sha256: rev3.body_sha256 } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ accepted: true, revision: 3, sha256: rev3.body_sha256 });

    const history = await api.ok('GET', `/contracts/${contractId}`);
    expect(history.revisions.map((r: { revision: number; acceptance: unknown }) => [r.revision, r.acceptance !== null])).toEqual([[3, true], [2, false], [1, true]]);
    expect((await api.ok('GET', `/clients/${clientId}/billing`)).plan_id).toBe(plan2);
  });

  it('a tampered link is refused and says nothing about the contract', async () => {
    await api.ok('POST', `/contracts/${contractId}/revisions`, { free_text: 'Clause 1: shorter terms.' });
    const link = linkIn(latestMail().text!);
    const [payload, sig] = link.slice('/contract/accept/'.length).split('.') as [string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    // Another revision's id in the payload, the original signature: must not verify.
    const otherRevision = (await hub.tdb.db.query<{ id: string }>('SELECT id FROM contract_revisions WHERE revision = 1')).rows[0]!.id;
    const raw = Buffer.from(payload, 'base64url');
    Buffer.from(otherRevision.replace(/-/g, ''), 'hex').copy(raw, 0);
    const forged = `${raw.toString('base64url')}.${sig}`;
    const variants = [`${flip(payload, 3)}.${sig}`, `${payload}.${flip(sig, 5)}`, forged, `${payload}.`, 'not-a-token', `${payload}.${sig.slice(0, 20)}`, `${payload}.${sig}.x`];
    const bodies = new Set<string>();
    for (const v of variants) {
      const get = await hub.app.inject({ method: 'GET', url: `/contract/accept/${v}` });
      expect(get.statusCode, v).toBe(403);
      expect(get.body).not.toContain('Delta Dental');
      expect(get.body).not.toMatch(/revision/i);
      bodies.add(get.body);
      const post = await hub.app.inject({ method: 'POST', url: `/contract/accept/${v}`, payload: { name: 'Mallory', sha256: 'a'.repeat(64) } });
      expect(post.statusCode, v).toBe(403);
      expect(post.json().error).toEqual({ code: 'FORBIDDEN', message: 'This link is not valid.' });
    }
    expect(bodies.size).toBe(1); // every forgery gets the very same answer
    expect(await acceptances()).toBe(2);
  });

  it('an expired link is refused; sending again gives a fresh link that works', async () => {
    const link = linkIn(latestMail().text!);
    const rev = (await api.ok('GET', `/contracts/${contractId}`)).revisions[0];
    hub.clock.advance(14 * 86_400_000 + 1000); // CONTRACT_LINK_TTL_H defaults to 336 h
    const get = await hub.app.inject({ method: 'GET', url: link });
    expect(get.statusCode).toBe(403);
    expect(get.body).toContain('expired');
    expect(get.body).not.toContain('Delta Dental');
    const post = await hub.app.inject({ method: 'POST', url: link, payload: { name: 'Jane Molar', sha256: rev.body_sha256 } });
    expect(post.statusCode).toBe(403);
    expect(await acceptances()).toBe(2);

    // Only the latest revision can be re-sent.
    expect((await api.call('POST', `/contracts/${contractId}/revisions/2/send`)).statusCode).toBe(409);
    expect((await api.call('POST', `/contracts/${contractId}/revisions/99/send`)).statusCode).toBe(404);
    await api.ok('POST', `/contracts/${contractId}/revisions/${rev.revision}/send`);
    const fresh = linkIn(latestMail().text!);
    expect(fresh).not.toBe(link);
    const ok = await form(fresh, { name: 'Jane Molar', sha256: rev.body_sha256 });
    expect(ok.statusCode).toBe(200);
    expect(await acceptances()).toBe(3);
  });

  it('escapes everything the acceptance page shows', async () => {
    const evil = await api.client('<script>alert(1)</script>', 'evil@clients.example');
    await api.ok('POST', '/contracts', { client_id: evil, plan_id: planId, start_date: '2027-01-01', free_text: '<img src=x onerror=alert(2)>' });
    const page = await hub.app.inject({ method: 'GET', url: linkIn(smtp.to('evil@clients.example').at(-1)!.text!) });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script>alert');
    expect(page.body).not.toContain('<img src=x');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('lists contracts by client and 404s unknown ones', async () => {
    expect((await api.ok('GET', `/contracts?client_id=${clientId}`)).items).toHaveLength(1);
    expect((await api.ok('GET', '/contracts')).items).toHaveLength(2);
    expect((await api.call('GET', '/contracts/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await api.call('GET', `/contracts/${contractId}/revisions/7/pdf`)).statusCode).toBe(404);
    expect((await hub.app.inject({ method: 'GET', url: `/api/v1/contracts/${contractId}` })).statusCode).toBe(401);
  });

  it('rate limits the public page per IP', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await hub.app.inject({ method: 'GET', url: '/contract/accept/not-a-token', remoteAddress: '192.0.2.99' })).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 403)).toBe(true);
    const limited = await hub.app.inject({ method: 'GET', url: '/contract/accept/not-a-token', remoteAddress: '192.0.2.99' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    // Another address is not affected.
    expect((await hub.app.inject({ method: 'GET', url: '/contract/accept/not-a-token', remoteAddress: '192.0.2.100' })).statusCode).toBe(403);
  });
});

describe('contracts on a hub without SMTP', () => {
  let hub: TestHub;
  afterAll(async () => hub?.close());

  it('refuses to email a revision with 409 SMTP_NOT_CONFIGURED and writes nothing; send: false still works', async () => {
    hub = await buildTestHub({ start: '2026-11-05T10:00:00Z' });
    const api = billingApi(hub);
    const planId = await api.plan({ name: 'Essential', monthly_fee_cents: 4_900, included_minutes: 30 });
    const clientId = await api.client('No Mail Ltd', 'owner@nomail.example');
    const refused = await api.call('POST', '/contracts', { client_id: clientId, plan_id: planId, start_date: '2026-12-01' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('SMTP_NOT_CONFIGURED');
    expect((await hub.tdb.db.query('SELECT 1 FROM contracts')).rowCount).toBe(0);
    expect((await hub.tdb.db.query('SELECT 1 FROM contract_revisions')).rowCount).toBe(0);

    const kept = await api.call('POST', '/contracts', { client_id: clientId, plan_id: planId, start_date: '2026-12-01', send: false });
    expect(kept.statusCode).toBe(201);
    const send = await api.call('POST', `/contracts/${kept.json().id}/revisions/1/send`);
    expect([send.statusCode, send.json().error.code]).toEqual([409, 'SMTP_NOT_CONFIGURED']);
    expect((await hub.tdb.db.query('SELECT 1 FROM contract_revisions WHERE sent_at IS NOT NULL')).rowCount).toBe(0);
  });
});
