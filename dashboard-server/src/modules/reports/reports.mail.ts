import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { chartPng, chartSvg } from './chart.js';
import { buildDocument, type Branding } from './document.js';
import { renderHtml } from './render-html.js';
import { renderPdf } from './render-pdf.js';
import { renderText } from './render-text.js';
import type { ReportRow } from './reports.repository.js';

/** What delivery needs from nodemailer; tests and the benchmark pass the real transport or nothing. */
export type ReportMailer = Pick<Transporter, 'sendMail'>;

export const chartCid = (index: number) => `response-chart-${index + 1}@retainer`;
const LOGO_CID = 'logo@retainer';

export function createReportMailer(smtpUrl: string | undefined): (ReportMailer & { close(): void }) | null {
  // Timeouts keep one unreachable server from holding a delivery past its lease.
  return smtpUrl ? (nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as never) as Transporter & { close(): void }) : null;
}

function docFor(report: ReportRow, branding: Branding, link: { url: string; expiresAt: Date } | null) {
  return buildDocument({ data: report.data, branding, note: report.note, plannedWork: report.planned_work, link });
}

const dataUrl = (mime: string, body: Buffer | string) => `data:${mime};base64,${Buffer.from(body).toString('base64')}`;

/** The web copy (and the API preview): the same page, chart inlined as SVG, no attachments. */
export function renderWebPage(report: ReportRow, branding: Branding, link: { url: string; expiresAt: Date } | null): string {
  const doc = docFor(report, branding, link);
  return renderHtml(doc, { chartSrcs: doc.charts.map((c) => dataUrl('image/svg+xml', chartSvg(c))), logoSrc: branding.logo, email: false });
}

export function renderReportPdf(report: ReportRow, branding: Branding): Promise<Buffer> {
  return renderPdf(docFor(report, branding, null));
}

/** The full email: HTML + text, chart as an inline PNG by CID, logo by CID when it is a data URL, PDF attached. */
export async function composeReportEmail(
  report: ReportRow,
  branding: Branding,
  opts: { from: string; to: string; link: { url: string; expiresAt: Date }; messageId: string },
): Promise<SendMailOptions & { subject: string; html: string; text: string }> {
  const doc = docFor(report, branding, opts.link);
  const attachments: NonNullable<SendMailOptions['attachments']> = [];
  doc.charts.forEach((chart, i) =>
    attachments.push({ filename: doc.charts.length > 1 ? `response-time-${i + 1}.png` : 'response-time.png', content: chartPng(chart), contentType: 'image/png', cid: chartCid(i), contentDisposition: 'inline' }),
  );
  let logoSrc = branding.logo;
  const logo = branding.logo && /^data:(image\/[a-z]+);base64,(.+)$/.exec(branding.logo);
  if (logo) {
    attachments.push({ filename: `logo.${logo[1]!.split('/')[1]}`, content: Buffer.from(logo[2]!, 'base64'), contentType: logo[1]!, cid: LOGO_CID, contentDisposition: 'inline' });
    logoSrc = `cid:${LOGO_CID}`;
  }
  const html = renderHtml(doc, { chartSrcs: doc.charts.map((_, i) => `cid:${chartCid(i)}`), logoSrc, email: true });
  const pdf = await renderPdf(doc);
  attachments.push({ filename: `report-${report.period}.pdf`, content: pdf, contentType: 'application/pdf' });
  return {
    from: { name: doc.business, address: opts.from },
    to: opts.to,
    ...(branding.reply_to ? { replyTo: branding.reply_to } : {}),
    subject: doc.subject,
    html,
    text: renderText(doc, { email: true }),
    attachments,
    // A stable Message-ID per delivery: if a crash ever makes us send twice, mail clients fold the copies.
    messageId: opts.messageId,
    headers: { 'X-Retainer-Report': report.id },
  };
}
