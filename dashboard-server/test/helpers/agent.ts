import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, signRequest, type KeyPair, type StatusReport } from '@retainer/protocol';

const FIXTURES = join(import.meta.dirname, '..', '..', '..', 'packages', 'protocol', 'fixtures');
export const fixture = <T = unknown>(name: string): T => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;

/** A report built from the shared fixture, with a fresh id and the given overrides. */
export function makeReport(overrides: Partial<StatusReport> = {}): StatusReport {
  const base = fixture<StatusReport>('status-report.valid.json');
  return { ...base, report_id: randomUUID(), generated_at: new Date().toISOString(), ...overrides };
}

/** What a real agent holds after enrolling: its key pair and site id. Signs like the PHP agent does. */
export class SimulatedAgent {
  readonly keys: KeyPair;
  siteId = '';
  constructor(keys: KeyPair = generateKeyPair()) {
    this.keys = keys;
  }
  sign(method: string, path: string, body: string, opts: { now?: number; nonce?: string; siteId?: string } = {}) {
    return signRequest({ siteId: opts.siteId ?? this.siteId, method, path, body, privateKey: this.keys.privateKeyObject, ...opts });
  }
}
