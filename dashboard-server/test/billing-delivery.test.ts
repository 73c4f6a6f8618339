import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.js';
import { createBillingScheduler } from '../src/modules/billing/billing.scheduler.js';
import { createInvoicesRepository } from '../src/modules/billing/invoices.repository.js';
import { buildTestHub, type TestHub } from './helpers/app.js';
import { billingApi } from './helpers/billing-fixtures.js';
import { startBillingSmtp } from './helpers/billing-smtp.js';

/*
 * Invoices the schedule emails are never lost: a failed email is retried with a back-off by whichever
 * hub process ticks next, exactly one email goes out per invoice, and after the last attempt one notice
 * tells the freelancer. Real PostgreSQL, a real SMTP receiver behind a switch that can refuse
 * connections the way a down mail server does, and an injected clock.
 */

const NOTIFY = 'books@freelancer.example';
const MIN = 60_000;

/** A TCP front for the SMTP receiver: up = forwarded; down = a 421 greeting and the line closes. */
async function smtpSwitch(target: string) {
  const { hostname, port } = new URL(target);
  let up = true;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    if (!up) {
      client.end('421 mail.example Service not available, closing transmission channel\r\n');
      return;
    }
    const upstream = connect(Number(port), hostname);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.address() as AddressInfo).port}`,
    set: (value: boolean) => {
      up = value;
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface Delivery {
  attempts: number;
  last_error: string | null;
  next_attempt_at: string | null;
}
interface InvoiceView {
  id: string;
  number_text: string;
  client_id: string;
  status: string;
  schedule_key: string | null;
  delivery: Delivery | null;
}

describe('invoice email delivery', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  });

  /** A hub, its SMTP receiver behind a switch, and two schedulers as two hub processes would run them. */
  async function setup(start: string) {
    const smtp = await startBillingSmtp();
    cleanup.push(() => smtp.close());
    const line = await smtpSwitch(smtp.url);
    cleanup.push(() => line.close());
    const overrides = { smtpUrl: line.url, billingTimeZone: 'UTC', billingNotifyEmail: NOTIFY, billingAutoSend: true };
    const hub: TestHub = await buildTestHub({ start, config: overrides });
    cleanup.push(() => hub.close());
    const config = parseConfig({ LOG_LEVEL: 'silent', DATABASE_URL: hub.tdb.url }, overrides);
    const processes = [0, 1].map(() => createBillingScheduler({ db: hub.tdb.db, clock: hub.clock, config, log: hub.app.log }));
    cleanup.push(async () => {
      for (const p of processes) await p.stop();
    });
    const api = billingApi(hub);
    const plan = await api.plan({ name: 'Care', monthly_fee_cents: 10_000 });
    const billed = async (name: string, goLive: string) => {
      const id = await api.client(name, `${name.toLowerCase().replace(/\W+/g, '-')}@clients.example`);
      await api.setBilling(id, { plan_id: plan, go_live_date: goLive });
      return id;
    };
    const invoice = async (id: string): Promise<InvoiceView> => api.ok('GET', `/invoices/${id}`);
    const all = async (): Promise<InvoiceView[]> => (await api.ok('GET', '/invoices?limit=500')).items;
    const mailsOf = (inv: { number_text: string }) => smtp.messages.filter((m) => m.subject === `Invoice ${inv.number_text} from Your maintenance provider`);
    const undelivered = async () => (await api.ok('GET', '/billing/notices?kind=invoice_undelivered')).items as { subject: string; status: string; details: { attempts: number; last_error: string } }[];
    return { hub, smtp, line, processes, api, billed, invoice, all, mailsOf, undelivered, at: (t: string) => hub.clock.set(t) };
  }

  it('SMTP down at the daily run: the invoice waits with its error, and the retry after the back-off sends it once', async () => {
    const t = await setup('2027-03-01T08:00:00Z');
    const [s1, s2] = t.processes as [ReturnType<typeof createBillingScheduler>, ReturnType<typeof createBillingScheduler>];
    const client = await t.billed('Alpha Bakery', '2027-03-01');
    t.line.set(false);
    await s1.tick();
    const [inv] = await t.all();
    expect(inv).toMatchObject({ client_id: client, schedule_key: 'go-live', status: 'draft' });
    expect(inv!.delivery).toMatchObject({ attempts: 1, next_attempt_at: '2027-03-01T08:05:00.000Z' });
    expect(inv!.delivery!.last_error).toContain('421');
    expect(t.mailsOf(inv!)).toHaveLength(0);

    // The server is back, but the back-off is not over: nothing is tried yet.
    t.line.set(true);
    t.at('2027-03-01T08:04:00Z');
    await Promise.all([s1.tick(), s2.tick()]);
    expect((await t.invoice(inv!.id)).delivery).toMatchObject({ attempts: 1 });
    expect(t.mailsOf(inv!)).toHaveLength(0);

    // After it, both processes tick at once: one email.
    t.at('2027-03-01T08:05:00Z');
    await Promise.all([s1.tick(), s2.tick()]);
    const sent = await t.invoice(inv!.id);
    expect(sent.status).toBe('sent');
    expect(sent.delivery).toBeNull();
    t.at('2027-03-01T20:00:00Z');
    await Promise.all([s1.tick(), s2.tick()]);
    expect(t.mailsOf(inv!)).toHaveLength(1);
    expect(t.smtp.to('alpha-bakery@clients.example')).toHaveLength(1);
    expect(await t.undelivered()).toEqual([]);
  });

  it('two hub processes delivering the same queue: every invoice is emailed exactly once', async () => {
    const t = await setup('2027-05-01T07:00:00Z');
    const names = ['Beta Books', 'Gamma Garage', 'Delta Dental', 'Epsilon Events', 'Zeta Zoo', 'Eta Eats', 'Theta Tools', 'Iota Inn'];
    for (const n of names) await t.billed(n, '2027-05-01');
    // Down at the day's run: the first attempt fails and the pass stops there; the rest stay queued.
    t.line.set(false);
    await t.processes[0]!.tick();
    const queued = await t.all();
    expect(queued).toHaveLength(names.length);
    expect(queued.map((i) => i.delivery?.attempts).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(t.smtp.messages).toHaveLength(0);

    t.line.set(true);
    t.at('2027-05-01T07:05:00Z');
    await Promise.all(t.processes.map((p) => p.tick()));
    const after = await t.all();
    expect(after.map((i) => i.status)).toEqual(names.map(() => 'sent'));
    for (const inv of after) expect(t.mailsOf(inv), inv.number_text).toHaveLength(1);
    expect(t.smtp.messages).toHaveLength(names.length);
  });

  it('a process that stopped mid-send is taken over when its lease ends; a manual send is refused meanwhile', async () => {
    const t = await setup('2027-06-10T09:00:00Z');
    await t.billed('Kappa Kiosk', '2027-06-10');
    // The day runs with SMTP down (one failed attempt), then a process claims the retry and dies.
    t.line.set(false);
    await t.processes[0]!.tick();
    const [inv] = await t.all();
    t.line.set(true);
    t.at('2027-06-10T09:05:00Z');
    const claim = await createInvoicesRepository(t.hub.tdb.db).claimDueDelivery(t.hub.clock.now(), new Date(t.hub.clock.now().getTime() + 15 * MIN));
    expect(claim?.id).toBe(inv!.id);

    t.at('2027-06-10T09:10:00Z');
    await Promise.all(t.processes.map((p) => p.tick()));
    expect(t.mailsOf(inv!)).toHaveLength(0);
    const refused = await t.api.call('POST', `/invoices/${inv!.id}/send`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('CONFLICT');

    t.at('2027-06-10T09:20:01Z');
    await Promise.all(t.processes.map((p) => p.tick()));
    expect((await t.invoice(inv!.id)).status).toBe('sent');
    expect(t.mailsOf(inv!)).toHaveLength(1);
  });

  it('a manual draft is never emailed by the pass; a manual send ends a pending delivery, and a failed one keeps it', async () => {
    const t = await setup('2027-07-01T06:00:00Z');
    const client = await t.billed('Lambda Labs', '2027-07-01');
    const manual = await t.api.ok('POST', '/invoices', { client_id: client, lines: [{ description: 'Extra plugin setup', quantity: 1, unit_cents: 4500 }] });
    expect(manual.delivery).toBeNull();
    t.line.set(false);
    await t.processes[0]!.tick();
    const scheduled = (await t.all()).find((i) => i.schedule_key === 'go-live')!;
    expect(scheduled.delivery).toMatchObject({ attempts: 1, next_attempt_at: '2027-07-01T06:05:00.000Z' });

    // A manual send while SMTP is down fails (502 SMTP_FAILED, with the server's answer) and the
    // automatic retry stays as it was.
    const failed = await t.api.call('POST', `/invoices/${scheduled.id}/send`);
    expect([failed.statusCode, failed.json().error.code]).toEqual([502, 'SMTP_FAILED']);
    expect(failed.json().error.message).toMatch(/^The email could not be sent: .*421/);
    expect((await t.invoice(scheduled.id)).delivery).toEqual(scheduled.delivery);

    // SMTP back: the freelancer sends it by hand before the retry is due; the retry then has nothing to do.
    t.line.set(true);
    expect((await t.api.ok('POST', `/invoices/${scheduled.id}/send`)).delivery).toBeNull();
    for (const time of ['2027-07-01T06:05:00Z', '2027-07-01T18:00:00Z', '2027-07-02T06:00:00Z', '2027-07-03T06:00:00Z']) {
      t.at(time);
      await Promise.all(t.processes.map((p) => p.tick()));
    }
    expect(t.mailsOf(scheduled)).toHaveLength(1);
    expect(t.mailsOf(manual)).toHaveLength(0);
    expect(await t.invoice(manual.id)).toMatchObject({ status: 'draft', delivery: null });
  });

  it('gives up after the last attempt with one notice to the freelancer; the invoice waits to be sent by hand', async () => {
    const t = await setup('2027-08-01T06:00:00Z');
    await t.billed('Mu Media', '2027-08-01');
    t.line.set(false);
    const tick = () => Promise.all(t.processes.map((p) => p.tick()));
    await tick();
    const [inv] = await t.all();
    // Back-off: 5 min, 30 min, 2 h, 12 h after the 1st..4th failure; a tick just before each is a no-op.
    const schedule: [string, string, number, string | null][] = [
      ['2027-08-01T06:04:59Z', '2027-08-01T06:05:00Z', 2, '2027-08-01T06:35:00.000Z'],
      ['2027-08-01T06:34:00Z', '2027-08-01T06:35:00Z', 3, '2027-08-01T08:35:00.000Z'],
      ['2027-08-01T08:30:00Z', '2027-08-01T08:35:00Z', 4, '2027-08-01T20:35:00.000Z'],
      ['2027-08-01T20:00:00Z', '2027-08-01T20:35:00Z', 5, null],
    ];
    for (const [before, due, attempts, next] of schedule) {
      t.at(before);
      await tick();
      expect((await t.invoice(inv!.id)).delivery!.attempts, before).toBe(attempts - 1);
      t.at(due);
      await tick();
      expect((await t.invoice(inv!.id)).delivery, due).toMatchObject({ attempts, next_attempt_at: next });
    }
    const notices = await t.undelivered();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.subject).toBe(`Invoice ${inv!.number_text} to Mu Media could not be emailed`);
    expect(notices[0]!.details).toMatchObject({ attempts: 5 });
    expect(notices[0]!.details.last_error).toContain('421');

    // SMTP back: the notice reaches the freelancer, the invoice is not retried any more.
    t.line.set(true);
    for (const time of ['2027-08-02T06:00:00Z', '2027-08-03T06:00:00Z']) {
      t.at(time);
      await tick();
    }
    expect(await t.undelivered()).toHaveLength(1);
    const mails = t.smtp.to(NOTIFY).filter((m) => m.subject === notices[0]!.subject);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('send it from the dashboard');
    expect(t.mailsOf(inv!)).toHaveLength(0);
    expect(await t.invoice(inv!.id)).toMatchObject({ status: 'draft', delivery: { attempts: 5, next_attempt_at: null } });

    expect((await t.api.ok('POST', `/invoices/${inv!.id}/send`)).status).toBe('sent');
    expect(t.mailsOf(inv!)).toHaveLength(1);
  });
});
