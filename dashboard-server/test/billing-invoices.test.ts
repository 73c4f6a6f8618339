import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBillingService } from '../src/modules/billing/billing.service.js';
import { defaultPaymentProviders } from '../src/modules/billing/payment-provider.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { billingApi } from './helpers/billing-fixtures.js';
import { pdfPages, startBillingSmtp } from './helpers/billing-smtp.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('invoices: numbers, lifecycle, PDF, email, CSV', () => {
  let hub: TestHub;
  let smtp: Awaited<ReturnType<typeof startBillingSmtp>>;
  let api: ReturnType<typeof billingApi>;
  let client: string;

  beforeAll(async () => {
    smtp = await startBillingSmtp();
    hub = await buildTestHub({ start: '2027-05-10T09:00:00Z', config: { smtpUrl: smtp.url, billingSellerName: 'Sam Freelance' } });
    api = billingApi(hub);
    const plan = await api.plan({ name: 'Care', monthly_fee_cents: 12_000, currency: 'GBP' });
    client = await api.client('Epsilon Events', 'hello@epsilon.example');
    await api.setBilling(client, { plan_id: plan, tax_rate_bp: 2000, billing_email: 'ap@epsilon.example', payment_terms_days: 30 });
  });
  afterAll(async () => {
    await hub?.close();
    await smtp?.close();
  });

  const rows = async (table: string) => (await hub.tdb.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

  it('client billing settings: card expiry month/year only, precise 400s, nothing written', async () => {
    const other = await api.client('Zeta', 'z@clients.example');
    const before = await rows('client_billing');
    const bad: Record<string, unknown>[] = [
      { card_number: '4242424242424242' },
      { card_cvc: '123' },
      { card_exp_month: 13, card_exp_year: 2028 },
      { card_exp_month: 4 },
      { tax_rate_bp: 10_001 },
      { tax_rate_bp: 20.5 },
      { billing_term_months: 2 },
      { go_live_date: '2027-02-29' },
      { plan_id: UNKNOWN },
      { billing_email: 'not-an-email' },
    ];
    for (const payload of bad) {
      const r = await api.call('PUT', `/clients/${other}/billing`, payload);
      expect(r.statusCode, JSON.stringify(payload)).toBe(400);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await rows('client_billing')).toBe(before);
    expect((await api.call('PUT', `/clients/${UNKNOWN}/billing`, { tax_rate_bp: 100 })).statusCode).toBe(404);
    const ok = await api.setBilling(other, { payment_method: 'card', card_exp_month: 4, card_exp_year: 2028, billing_term_months: 12 });
    expect(ok).toMatchObject({ payment_method: 'card', card_exp_month: 4, card_exp_year: 2028, billing_term_months: 12, tax_rate_bp: 0 });
    // Fields left out keep their values.
    expect(await api.setBilling(other, { tax_rate_bp: 550 })).toMatchObject({ card_exp_month: 4, card_exp_year: 2028, tax_rate_bp: 550 });
  });

  it('numbers invoices without gaps, even with concurrent creations and failed ones in between', async () => {
    const line = { description: 'Extra work', quantity: 1.5, unit_cents: 8000 };
    const attempts = Array.from({ length: 24 }, (_, i) =>
      api.call('POST', '/invoices', { client_id: i % 4 === 3 ? UNKNOWN : client, lines: [{ ...line, description: `Extra work ${i}` }] }),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(18);
    expect(results.filter((r) => r.statusCode === 400)).toHaveLength(6);
    const numbers = results.filter((r) => r.statusCode === 201).map((r) => r.json().number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const first = results.find((r) => r.statusCode === 201)!.json();
    // 1.5 h × 80.00 = 120.00, 20 % tax, due 30 days after issue, currency from the plan.
    expect(first).toMatchObject({ status: 'draft', currency: 'GBP', subtotal_cents: 12_000, tax_rate_bp: 2000, tax_cents: 2400, total_cents: 14_400, issue_date: '2027-05-10', due_date: '2027-06-09' });
    expect(first.number_text).toMatch(/^INV-0000\d\d$/);
  });

  it('two processes racing for the same scheduled invoice: one creates it, the loser gives its number back', async () => {
    const services = [0, 1, 2, 3].map(() => createBillingService({ db: hub.tdb.db, clock: hub.clock, mailer: null, providers: defaultPaymentProviders(), settings: { timeZone: 'UTC', sellerName: 'Sam' } }));
    const before = (await api.invoices()).length;
    const draft = { client_id: client, schedule_key: 'term:2027-06', issue_date: '2027-06-01', period_start: '2027-06-01', period_end: '2027-06-30', lines: [{ kind: 'plan_fee' as const, description: 'Care: 2027-06', quantity: 1, unit_cents: 12_000, amount_cents: 12_000 }] };
    const made = await Promise.all(services.map((s) => s.createInvoice(draft)));
    expect(made.filter(Boolean)).toHaveLength(1);
    const next = await api.ok('POST', '/invoices', { client_id: client, lines: [{ description: 'After the race', quantity: 1, unit_cents: 100 }] });
    const numbers = (await api.invoices()).map((i) => i.number).sort((a, b) => a - b);
    expect(numbers).toHaveLength(before + 2);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(next.number).toBe(before + 2);
  });

  it('sends an invoice by email with its PDF, then marks it paid; impossible transitions are 409s', async () => {
    const inv = await api.ok('POST', '/invoices', { client_id: client, lines: [{ kind: 'plan_fee', description: 'Care: 2027-05', quantity: 1, unit_cents: 12_000 }, { description: 'Plugin licence', quantity: 2, unit_cents: 4950 }] });
    expect(inv.total_cents).toBe((12_000 + 9900) * 1.2);
    const sent = await api.ok('POST', `/invoices/${inv.id}/send`);
    expect(sent).toMatchObject({ status: 'sent', sent_to: 'ap@epsilon.example' });
    const mail = smtp.to('ap@epsilon.example').at(-1)!;
    expect(mail.subject).toBe(`Invoice ${inv.number_text} from Sam Freelance`);
    expect(mail.text).toContain('GBP 262.80');
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf')!;
    expect(pdf.filename).toBe(`${inv.number_text}.pdf`);
    const pages = await pdfPages(pdf.content);
    expect(pages.join('\n')).toContain('Plugin licence');
    expect(pages.join('\n')).toContain('Total: GBP 262.80');
    pages.forEach((p, i) => expect(p).toContain(`${inv.number_text} · page ${i + 1} of ${pages.length}`));

    hub.clock.advance(86_400_000);
    const paid = await api.ok('POST', `/invoices/${inv.id}/mark-paid`, { reference: 'BANK-123' });
    expect(paid).toMatchObject({ status: 'paid', provider_reference: 'BANK-123', paid_at: hub.clock.now().toISOString() });
    for (const [action, body] of [['mark-paid', {}], ['void', undefined], ['send', undefined], ['mark-failed', undefined]] as const) {
      const r = await api.call('POST', `/invoices/${inv.id}/${action}`, body);
      expect(r.statusCode, action).toBe(409);
      expect(r.json().error.code).toBe('CONFLICT');
    }
    expect((await api.ok('GET', `/invoices/${inv.id}`)).status).toBe('paid');
  });

  it('failed and void: a failed payment can be retried, a void invoice keeps its number', async () => {
    const inv = await api.ok('POST', '/invoices', { client_id: client, lines: [{ description: 'Repair', quantity: 1, unit_cents: 5000 }] });
    expect((await api.call('POST', `/invoices/${inv.id}/mark-failed`)).statusCode).toBe(409); // a draft was never charged
    await api.ok('POST', `/invoices/${inv.id}/send`);
    expect((await api.ok('POST', `/invoices/${inv.id}/mark-failed`)).status).toBe('failed');
    expect((await api.ok('POST', `/invoices/${inv.id}/send`)).status).toBe('sent');
    expect((await api.ok('POST', `/invoices/${inv.id}/void`)).status).toBe('void');
    expect((await api.ok('GET', `/invoices/${inv.id}`)).number).toBe(inv.number);
    expect((await api.call('GET', `/invoices/${UNKNOWN}`)).statusCode).toBe(404);
    expect((await api.call('POST', `/invoices/${UNKNOWN}/void`)).statusCode).toBe(404);
  });

  it('exports CSV for accounting, safe for spreadsheets', async () => {
    const tricky = await api.client('=HYPERLINK("http://evil.example","x")', 'tricky@clients.example');
    await api.ok('POST', '/invoices', { client_id: tricky, issue_date: '2027-05-09', lines: [{ description: 'Audit', quantity: 1, unit_cents: 999 }] });
    const r = await hub.app.inject({ method: 'GET', url: '/api/v1/invoices/export.csv?from=2027-05-01&to=2027-05-31', headers: hub.auth });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.headers['content-disposition']).toContain('invoices-from-2027-05-01-to-2027-05-31.csv');
    const lines = r.body.trim().split('\r\n');
    expect(lines[0]).toBe('number,issue_date,due_date,client,currency,subtotal,tax_rate_percent,tax,total,status,paid_at,period_start,period_end');
    const may = (await api.invoices()).filter((i) => i.issue_date.startsWith('2027-05'));
    expect(may.length).toBeLessThan((await api.invoices()).length); // the June one is left out
    expect(lines).toHaveLength(may.length + 1);
    expect(lines[1]).toMatch(/^INV-000001,2027-05-10,2027-06-09,Epsilon Events,GBP,120\.00,20\.00,24\.00,144\.00,draft,,,$/);
    const evil = lines.find((l) => l.includes('HYPERLINK'))!;
    expect(evil).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(evil).toContain(',EUR,'); // no plan: EUR
    expect(evil).toContain('9.99');
    const none = await hub.app.inject({ method: 'GET', url: '/api/v1/invoices/export.csv?to=2027-04-30', headers: hub.auth });
    expect(none.body.trim().split('\r\n')).toHaveLength(1);
    expect((await hub.app.inject({ method: 'GET', url: '/api/v1/invoices/export.csv?from=2027-13-01', headers: hub.auth })).statusCode).toBe(400);
  });

  it('serves the PDF of any invoice', async () => {
    const inv = (await api.invoices())[0]!;
    const r = await hub.app.inject({ method: 'GET', url: `/api/v1/invoices/${inv.id}/pdf`, headers: hub.auth });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect((await pdfPages(r.rawPayload))[0]).toContain(`Invoice ${inv.number_text}`);
    expect((await hub.app.inject({ method: 'GET', url: `/api/v1/invoices/${inv.id}/pdf` })).statusCode).toBe(401);
  });

  it('writes names and lines in Polish, Czech, Greek and Cyrillic as they are; a script the fonts lack becomes "?"', async () => {
    const name = 'Łukasz Wiśniewski · Žižkov Кафе Ωmega';
    const id = await api.client(name, 'lukasz@clients.example');
    const made = await api.call('POST', '/invoices', { client_id: id, lines: [{ description: 'Naprawa wtyczki — ремонт плагина, 東京', quantity: 1, unit_cents: 5000 }] });
    expect(made.statusCode, made.body).toBe(201);
    const r = await hub.app.inject({ method: 'GET', url: `/api/v1/invoices/${made.json().id}/pdf`, headers: hub.auth });
    const text = (await pdfPages(r.rawPayload)).join('\n');
    expect(text).toContain(`To: ${name}`);
    expect(text).toContain('Naprawa wtyczki — ремонт плагина, ??');
  });
});
