import nodemailer from 'nodemailer';

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
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: config.from, ...mail });
    },
    close: () => transport.close(),
  };
}
