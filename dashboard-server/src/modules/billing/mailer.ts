import nodemailer from 'nodemailer';
import { AppError, ErrorCode } from '../../lib/errors.js';
import { safeSmtpError } from '../mail-settings/mail-settings.service.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

/** The billing emails' transport (SMTP_URL); null when the hub has no SMTP, and then nothing is mailed. */
export interface BillingMailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createBillingMailer(config: { smtpUrl: string | undefined; from: string }): BillingMailer | null {
  if (!config.smtpUrl) return null;
  const smtpUrl = config.smtpUrl;
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from: config.from, ...mail });
      } catch (err) {
        // A stable code for callers; the server's reply (credentials masked) tells the freelancer what to fix.
        throw new AppError(ErrorCode.SMTP_FAILED, `The email could not be sent: ${safeSmtpError(err, smtpUrl)}`);
      }
    },
    close: () => transport.close(),
  };
}
