import type { Config } from '../../config.js';
import type { Clock } from '../../lib/clock.js';
import { AppError, ErrorCode } from '../../lib/errors.js';
import { createReportMailer, type ReportMailer } from '../reports/reports.mail.js';
import type { EmailSettings, TestEmailResult } from './mail-settings.schemas.js';

export type MailSettingsConfig = Pick<Config, 'smtpUrl' | 'reportFrom' | 'alertEmailFrom' | 'billingEmailFrom' | 'publicUrl'>;
type Transport = ReportMailer & { close(): void };

const HIDDEN = '••••';
/** What config.ts falls back to when no sender address is set. */
const PLACEHOLDER_FROM = 'retainer-hub@localhost';

const sender = (purpose: EmailSettings['senders'][number]['purpose'], address: string, variable: string) => ({ purpose, address, variable, placeholder: address === PLACEHOLDER_FROM });

/** Host, port and TLS mode of SMTP_URL as nodemailer reads it; the credentials never leave this function. */
export function describeSmtpUrl(smtpUrl: string | undefined): Pick<EmailSettings, 'configured' | 'host' | 'port' | 'secure' | 'authenticated'> {
  if (!smtpUrl) return { configured: false, host: null, port: null, secure: null, authenticated: false };
  const u = new URL(smtpUrl);
  const secure = u.protocol === 'smtps:' || u.searchParams.get('secure') === 'true';
  // nodemailer's defaults when the URL has no port: 465 for implicit TLS, 587 otherwise.
  const port = Number(u.port) || (secure ? 465 : 587);
  return { configured: true, host: u.hostname.replace(/^\[|\]$/g, ''), port, secure, authenticated: Boolean(u.username || u.password) };
}

/** Every form in which SMTP_URL's user and password could show up in an error (raw, URL-encoded, base64 as AUTH sends them). */
function credentialForms(smtpUrl: string): string[] {
  const u = new URL(smtpUrl);
  const user = decodeURIComponent(u.username);
  const pass = decodeURIComponent(u.password);
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  const forms = [u.username, u.password, user, pass, b64(user), b64(pass), b64(`\0${user}\0${pass}`), b64(`${user}\0${user}\0${pass}`)];
  // Longest first, so a form containing a shorter one is hidden whole.
  return [...new Set(forms.filter((f) => f.length >= 2))].sort((a, b) => b.length - a.length);
}

/** The server's (or the network's) reason, without the URL or any credential in it. */
export function safeSmtpError(err: unknown, smtpUrl: string): string {
  let message = err instanceof Error ? err.message : String(err);
  message = message.split(smtpUrl).join(HIDDEN);
  for (const secret of credentialForms(smtpUrl)) message = message.split(secret).join(HIDDEN);
  return message.replace(/\s+/g, ' ').trim().slice(0, 300) || 'no reason given';
}

export function createMailSettingsService(deps: { config: MailSettingsConfig; clock: Clock; transport?: (smtpUrl: string) => Transport }) {
  const { config, clock } = deps;
  // The same transport (and timeouts) the client reports go out through, so a passing test means reports can leave.
  const makeTransport = deps.transport ?? ((url: string) => createReportMailer(url)!);

  return {
    settings(): EmailSettings {
      const smtp = describeSmtpUrl(config.smtpUrl);
      return {
        ...smtp,
        from: smtp.configured ? config.reportFrom : null,
        senders: [
          sender('reports', config.reportFrom, 'REPORT_FROM'),
          sender('alerts', config.alertEmailFrom ?? PLACEHOLDER_FROM, 'ALERT_EMAIL_FROM'),
          sender('billing', config.billingEmailFrom, 'BILLING_EMAIL_FROM'),
        ],
      };
    },

    async sendTest(to: string): Promise<TestEmailResult> {
      const smtpUrl = config.smtpUrl;
      if (!smtpUrl) throw new AppError(ErrorCode.SMTP_NOT_CONFIGURED, 'The hub has no SMTP server: set SMTP_URL in its environment and restart it');
      const transport = makeTransport(smtpUrl);
      try {
        const info = (await transport.sendMail({
          from: config.reportFrom,
          to,
          subject: 'Retainer test email',
          text: `This is a test email from your Retainer hub (${config.publicUrl}), sent at ${clock.now().toISOString()}.\n\nIf you can read it, the hub can send reports, alerts and invoices through this SMTP server.\n`,
          headers: { 'X-Retainer-Test': '1' },
        })) as { response?: string };
        return { delivered: true, to, from: config.reportFrom, response: String(info.response ?? '') };
      } catch (err) {
        throw new AppError(ErrorCode.SMTP_FAILED, `The test email was not sent: ${safeSmtpError(err, smtpUrl)}`);
      } finally {
        transport.close();
      }
    },
  };
}
export type MailSettingsService = ReturnType<typeof createMailSettingsService>;
