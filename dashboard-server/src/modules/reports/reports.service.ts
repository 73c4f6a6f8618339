import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode, notFound } from '../../lib/errors.js';
import { claimJob, finishJob } from '../../lib/job-runs.js';
import type { AlertMessage } from '../alerts/alert-channel.js';
import { createChannelContext } from '../alerts/alerts.service.js';
import { defaultAlertChannels } from '../alerts/channels/index.js';
import type { HubSecrets } from '../settings/secrets.js';
import { dayOfMonth, periodOf, previousMonth, type Period } from './period.js';
import { CLIENT_SELECT, collectReportData, findClient, type ClientRow } from './report-data.js';
import { createReportLinks } from './report-link.js';
import { composeReportEmail, createReportMailer, renderReportPdf, renderWebPage, type ReportMailer } from './reports.mail.js';
import { createReportsRepository, summaryView, type DeliveryRow, type ReportRow } from './reports.repository.js';
import type { EditReport, PutBranding, ReportListQuery } from './reports.schemas.js';

export type ReportsConfig = Pick<Config, 'publicUrl' | 'reportTimezone' | 'reportFrom' | 'reportLinkTtlMs' | 'reportMaxAttempts' | 'smtpUrl' | 'alertEmailFrom' | 'alertEmailTo' | 'alertMaxAttempts'>;

export const REPORTS_JOB = 'reports_monthly';
const GENERATE_CONCURRENCY = 4;
/** A hub that was down on the 1st still makes last month's reports during the month's first days. */
const CATCH_UP_DAYS = 7;
/** A claimed delivery not finished within this lease (process died mid-send) becomes due again. */
const LEASE_MS = 5 * 60_000;
/** Retry delays: 1 min, 2 min, 4 min … capped at 6 h. */
export const reportBackoffMs = (attempt: number) => Math.min(60_000 * 2 ** Math.max(0, attempt - 1), 6 * 3_600_000);

export interface ReportsDeps {
  db: Database;
  clock: Clock;
  config: Readonly<ReportsConfig>;
  secrets: Pick<HubSecrets, 'jwtSecret'>;
  /** Defaults to an SMTP transport from SMTP_URL (none when unset: deliveries then fail loudly). */
  mailer?: ReportMailer | null;
  log?: Pick<FastifyBaseLogger, 'info' | 'warn'>;
}

const conflict = (reason: string, message: string) => new AppError(ErrorCode.CONFLICT, message, { reason });

export function createReportsService(deps: ReportsDeps) {
  const { db, clock, config } = deps;
  const repo = createReportsRepository(db);
  const links = createReportLinks(deps.secrets.jwtSecret);
  const ownMailer = deps.mailer === undefined ? createReportMailer(config.smtpUrl) : null;
  const mailer: ReportMailer | null = deps.mailer === undefined ? ownMailer : deps.mailer;
  const fromAddress = config.reportFrom;
  /** "Send now" on a hub that cannot send is refused before anything changes (approving still queues). */
  const requireMailer = () => {
    if (!mailer) throw new AppError(ErrorCode.SMTP_NOT_CONFIGURED, 'SMTP_URL is not configured on the hub; the report cannot be sent');
  };

  const linkFor = (reportId: string) => {
    const expiresAt = new Date(clock.now().getTime() + config.reportLinkTtlMs);
    return { url: `${config.publicUrl}/r/${links.sign(reportId, expiresAt)}`, expiresAt };
  };
  const mustFind = async (id: string) => (await repo.findReport(id)) ?? Promise.reject(notFound('Report'));
  const periodOfRow = (r: ReportRow): Period => periodOf(r.period, r.timezone);

  /** Creates one client's report for the period; false when it already exists. */
  async function generateForClient(client: ClientRow, period: Period): Promise<boolean> {
    const data = await collectReportData(db, client, period);
    const mode = client.report_mode ?? 'needs_approval';
    const now = clock.now();
    return db.transaction(async (tx) => {
      const r = createReportsRepository(tx);
      const id = randomUUID();
      const created = await r.insertReport({ id, clientId: client.id, period: period.month, start: period.start, end: period.end, timezone: period.timezone, locale: client.locale, mode, status: mode === 'auto_send' ? 'approved' : 'needs_approval', data, now });
      if (created && mode === 'auto_send') await r.enqueueDelivery({ id: randomUUID(), reportId: id, kind: 'initial', recipient: client.contact_email, now });
      return created;
    });
  }

  async function generateMonth(month: string): Promise<{ month: string; created: number; existing: number }> {
    const period = periodOf(month, config.reportTimezone);
    // A month still running would be reported half-empty, and its unique key would block the real one.
    if (period.end > clock.now()) throw conflict('month_not_over', `${month} is not over yet in ${config.reportTimezone}`);
    const clients = await db.query<ClientRow>(`${CLIENT_SELECT} WHERE c.created_at < $1 ORDER BY c.id`, [period.end]);
    let created = 0;
    // A few clients at a time: each one's queries are small, so the round trips dominate.
    let next = 0;
    const worker = async () => {
      while (next < clients.rows.length) {
        const c = clients.rows[next++]!;
        if (await generateForClient(c, period)) created++;
      }
    };
    await Promise.all(Array.from({ length: GENERATE_CONCURRENCY }, worker));
    return { month, created, existing: clients.rowCount - created };
  }

  /** Tells the freelancer through the hub's alert channels; best effort, the list API stays loud anyway. */
  async function alertFailed(d: DeliveryRow, report: ReportRow, error: string): Promise<void> {
    const channels = await db.query<{ type: string; config: Record<string, unknown> }>('SELECT type, config FROM alert_channels WHERE enabled ORDER BY id');
    if (channels.rowCount === 0) return;
    const registry = defaultAlertChannels();
    const ctx = createChannelContext(config);
    const message = {
      event: 'opened',
      kind: 'report_delivery',
      site: null,
      incident: null,
      title: `Monthly report for ${report.client_name} (${report.period}) could not be delivered`,
      text: `The report email to ${d.recipient} failed ${d.attempts + 1} times and was given up.\nLast error: ${error}\nFix the problem, then use "send" on the report to try again.`,
    } as unknown as AlertMessage;
    let sent = 0;
    for (const c of channels.rows) {
      try {
        await registry.get(c.type)?.send(c.config as never, message, ctx);
        sent++;
      } catch (err) {
        deps.log?.warn({ err, channel: c.type }, 'report delivery alert failed');
      }
    }
    (ctx.mailer as { close?: () => void } | null)?.close?.();
    if (sent > 0) await repo.markAlerted(d.id, clock.now());
  }

  async function attempt(d: DeliveryRow): Promise<'delivered' | 'retry' | 'failed'> {
    const attempts = d.attempts + 1;
    const report = await repo.findReport(d.report_id);
    if (!report) return 'failed';
    let error: string;
    try {
      if (!mailer) throw new Error('SMTP_URL is not configured on the hub');
      const branding = await repo.getBranding();
      const message = await composeReportEmail(report, branding, { from: fromAddress, to: d.recipient, link: linkFor(report.id), messageId: `<${d.id}@retainer.report>` });
      const info = (await mailer.sendMail(message)) as { response?: string; messageId?: string };
      const at = clock.now();
      await db.transaction(async (tx) => {
        const r = createReportsRepository(tx);
        await r.recordAttempt(d.id, attempts, at, true, info.response ?? null);
        await r.markDelivered(d, attempts, at, info.messageId ?? null);
      });
      return 'delivered';
    } catch (err) {
      const e = err as { response?: string; message?: string };
      error = e.response ?? e.message ?? String(err);
    }
    const at = clock.now();
    await repo.recordAttempt(d.id, attempts, at, false, error);
    if (attempts >= config.reportMaxAttempts) {
      await repo.markFailed(d, attempts, error, at);
      deps.log?.warn({ report: report.id, client: report.client_name, attempts, error }, 'monthly report delivery failed');
      await alertFailed(d, report, error).catch((err) => deps.log?.warn({ err }, 'report delivery alert failed'));
      return 'failed';
    }
    await repo.markRetry(d, attempts, error, new Date(at.getTime() + reportBackoffMs(attempts)));
    return 'retry';
  }

  async function deliverDue(limit = 20, reportId?: string): Promise<{ delivered: number; retry: number; failed: number }> {
    const out = { delivered: 0, retry: 0, failed: 0 };
    for (const d of await repo.claimDue(clock.now(), LEASE_MS, limit, reportId)) out[await attempt(d)]++;
    return out;
  }

  async function view(r: ReportRow) {
    const latest = await repo.latestDelivery(r.id);
    const link = linkFor(r.id);
    return {
      ...summaryView(r, latest),
      period_start: r.period_start.toISOString(),
      period_end: r.period_end.toISOString(),
      timezone: r.timezone,
      note: r.note,
      planned_work: r.planned_work,
      data: r.data as unknown as Record<string, unknown>,
      web_url: link.url,
      web_url_expires_at: link.expiresAt.toISOString(),
    };
  }

  const editable = (r: ReportRow) => {
    if (r.status === 'sent') throw conflict('report_already_sent', 'This report has been sent; it can no longer be changed (resend sends it again as it is)');
  };

  return {
    generateMonth,
    /** The scheduler's job: last month's reports, once per month across all processes. */
    async generateDue(): Promise<{ ran: boolean; month: string; created?: number }> {
      const now = clock.now();
      const period = previousMonth(now, config.reportTimezone);
      if (dayOfMonth(now, config.reportTimezone) > CATCH_UP_DAYS) return { ran: false, month: period.month };
      if (!(await claimJob(db, REPORTS_JOB, period.month, now))) return { ran: false, month: period.month };
      const result = await generateMonth(period.month);
      await finishJob(db, REPORTS_JOB, period.month, clock.now(), result);
      return { ran: true, month: period.month, created: result.created };
    },
    deliverDue,
    list: (q: ReportListQuery) => repo.list(q),
    async get(id: string) {
      return view(await mustFind(id));
    },
    async previewHtml(id: string): Promise<string> {
      const r = await mustFind(id);
      return renderWebPage(r, await repo.getBranding(), linkFor(r.id));
    },
    async pdf(id: string): Promise<{ pdf: Buffer; filename: string }> {
      const r = await mustFind(id);
      return { pdf: await renderReportPdf(r, await repo.getBranding()), filename: `report-${r.period}.pdf` };
    },
    async regenerate(id: string) {
      const r = await mustFind(id);
      editable(r);
      const client = await findClient(db, r.client_id);
      if (!client) throw notFound('Client');
      const data = await collectReportData(db, client, periodOfRow(r));
      await repo.updateReport(id, { data, locale: client.locale, generated_at: clock.now() }, clock.now());
      return view(await mustFind(id));
    },
    async edit(id: string, body: EditReport) {
      editable(await mustFind(id));
      await repo.updateReport(id, { note: body.note, planned_work: body.planned_work }, clock.now());
      return view(await mustFind(id));
    },
    /** needs_approval → approved: the initial email is queued (the next delivery tick sends it). */
    async approve(id: string) {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const r = createReportsRepository(tx);
        const report = await r.findReport(id, { forUpdate: true });
        if (!report) throw notFound('Report');
        if (report.status !== 'needs_approval') throw conflict('not_awaiting_approval', `This report is ${report.status}, not waiting for approval`);
        await r.updateReport(id, { status: 'approved', approved_at: now }, now);
        const client = await findClient(tx, report.client_id);
        await r.enqueueDelivery({ id: randomUUID(), reportId: id, kind: 'initial', recipient: client?.contact_email ?? report.data.client.email, now });
      });
      return view(await mustFind(id));
    },
    /** Delivers an approved report now; a failed one is tried again. */
    async send(id: string) {
      const r = await mustFind(id);
      if (r.status === 'needs_approval') throw conflict('needs_approval', 'Approve this report before sending it');
      if (r.status === 'sent') throw conflict('report_already_sent', 'This report has been sent; use resend to send it again');
      requireMailer();
      if (r.status === 'failed') await repo.retryFailed(id, clock.now());
      else await repo.expediteBackoff(id, clock.now(), reportBackoffMs);
      await deliverDue(1, id);
      return view(await mustFind(id));
    },
    /** Sends a sent report again, as it is, to the client's current contact address. */
    async resend(id: string) {
      const r = await mustFind(id);
      if (r.status !== 'sent') throw conflict('not_sent', 'Only a sent report can be resent; use send');
      requireMailer();
      const client = await findClient(db, r.client_id);
      const queued = await repo.enqueueDelivery({ id: randomUUID(), reportId: id, kind: 'resend', recipient: client?.contact_email ?? r.data.client.email, now: clock.now() });
      if (!queued) throw conflict('delivery_pending', 'A delivery of this report is already queued');
      await deliverDue(1, id);
      return view(await mustFind(id));
    },
    async deliveryLog(id: string) {
      await mustFind(id);
      return { items: await repo.deliveryLog(id) };
    },
    getBranding: () => repo.getBranding(),
    putBranding: (b: PutBranding) => repo.putBranding(b, clock.now()),
    /** The public web copy; null for every kind of bad token (the route answers one 404). */
    async webCopy(token: string): Promise<string | null> {
      const id = links.verify(token, clock.now());
      if (!id) return null;
      const r = await repo.findReport(id);
      if (!r) return null;
      return renderWebPage(r, await repo.getBranding(), null);
    },
    close() {
      ownMailer?.close();
    },
  };
}
export type ReportsService = ReturnType<typeof createReportsService>;
