import { createServer, type IncomingMessage, type Server } from 'node:http';
import { canonicalString, publicKeyFromRaw, verifyCanonical } from '@retainer/protocol';

export interface HubRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  json: any;
  /** Whether the X-Retainer-* signature verifies with the agent key the hub was given (null: no key yet). */
  signatureValid: boolean | null;
}

export type HubAnswer = { status: number; body: unknown };
export type HubHandler = (req: HubRequest) => HubAnswer;

/**
 * A stand-in for the hub on loopback: records every request, checks agent signatures with the real
 * protocol code, and answers with whatever the test's handler returns.
 */
export class FakeHub {
  readonly requests: HubRequest[] = [];
  agentPublicKey: string | null = null;
  handler: HubHandler = () => ({ status: 500, body: { error: { code: 'INTERNAL_ERROR', message: 'no handler' } } });
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        let json: unknown = null;
        try {
          json = JSON.parse(body);
        } catch {
          json = null;
        }
        const recorded: HubRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json, signatureValid: this.verify(req, body) };
        this.requests.push(recorded);
        const answer = this.handler(recorded);
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const addr = this.server.address();
    this.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    return this;
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  private verify(req: IncomingMessage, body: string): boolean | null {
    if (!this.agentPublicKey) return null;
    const h = req.headers;
    const [ts, nonce, sig] = [h['x-retainer-timestamp'], h['x-retainer-nonce'], h['x-retainer-signature']];
    if (typeof ts !== 'string' || typeof nonce !== 'string' || typeof sig !== 'string') return false;
    const canonical = canonicalString({ method: req.method ?? 'POST', path: req.url ?? '', timestamp: ts, nonce, body });
    return verifyCanonical(canonical, sig, publicKeyFromRaw(this.agentPublicKey));
  }
}
