import type { Config } from '../../config.js';
import type { Database } from '../../db/index.js';
import type { Clock } from '../../lib/clock.js';
import { createBillingMailer } from '../billing/mailer.js';
import { createContractsService } from './contracts.service.js';

/** The contracts service as the app wires it: mail through SMTP_URL, links under HUB_PUBLIC_URL. */
export function contractsFromConfig(deps: { db: Database; clock: Clock; config: Readonly<Pick<Config, 'smtpUrl' | 'billingEmailFrom' | 'publicUrl' | 'billingSellerName' | 'contractLinkTtlMs'>> }) {
  const { config } = deps;
  const mailer = createBillingMailer({ smtpUrl: config.smtpUrl, from: config.billingEmailFrom });
  const service = createContractsService({ db: deps.db, clock: deps.clock, mailer, settings: { publicUrl: config.publicUrl, sellerName: config.billingSellerName, linkTtlMs: config.contractLinkTtlMs } });
  return { service, close: () => mailer?.close() };
}
