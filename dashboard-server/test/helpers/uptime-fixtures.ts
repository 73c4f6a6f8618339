import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { generate } from 'selfsigned';
import { SMTPServer } from 'smtp-server';
import { freePort } from './hub-process.js';

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });

const DAY = 86_400_000;
// Distinct subjects: a trust store looks issuers up by name, so two self-signed certs named alike collide.
async function cert(days: number, cn: string) {
  const now = Date.now();
  return generate([{ name: 'commonName', value: cn }], {
    keyType: 'ec',
    notBeforeDate: new Date(now - DAY),
    notAfterDate: new Date(now + days * DAY),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] }],
  });
}

/**
 * The sites the checker watches in tests, all on loopback:
 * /ok, /500, /slow (answers after 1.5 s), /no-keyword, /loop (redirect loop), /flaky (switchable),
 * one HTTPS server whose certificate expires in 5 days, one with a valid but untrusted certificate,
 * and a closed port (connection refused).
 */
export async function startTargets() {
  let flakyUp = true;
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/500') return void res.writeHead(500).end('oops');
    if (path === '/slow') return void setTimeout(() => res.writeHead(200).end('Welcome to Retainer'), 1500);
    if (path === '/no-keyword') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Error establishing a database connection</h1>');
    if (path === '/loop') return void res.writeHead(302, { location: '/loop-2' }).end();
    if (path === '/loop-2') return void res.writeHead(301, { location: '/loop' }).end();
    if (path === '/redirect-ok') return void res.writeHead(301, { location: '/ok' }).end();
    if (path === '/flaky') return void (flakyUp ? res.writeHead(200).end('Welcome to Retainer') : res.writeHead(503).end('maintenance'));
    res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Welcome to Retainer</body></html>');
  };
  const http = createHttpServer(handler);
  const soon = await cert(5, 'expiring-soon.test');
  const later = await cert(365, 'valid.test');
  const untrusted = await cert(365, 'untrusted.test');
  const httpsSoon = createHttpsServer({ key: soon.private, cert: soon.cert }, handler);
  const httpsLater = createHttpsServer({ key: later.private, cert: later.cert }, handler);
  const httpsUntrusted = createHttpsServer({ key: untrusted.private, cert: untrusted.cert }, handler);
  const [p1, p2, p3, p4, closedPort] = await Promise.all([listen(http), listen(httpsSoon), listen(httpsLater), listen(httpsUntrusted), freePort()]);
  return {
    http: `http://127.0.0.1:${p1}`,
    httpsSoon: `https://127.0.0.1:${p2}`,
    httpsLater: `https://127.0.0.1:${p3}`,
    httpsUntrusted: `https://127.0.0.1:${p4}`,
    closed: `http://127.0.0.1:${closedPort}`,
    /** Certificates the checker under test trusts (the untrusted one is deliberately left out). */
    ca: [soon.cert, later.cert],
    soonExpiry: new Date(Date.now() + 5 * DAY),
    setFlaky(up: boolean) {
      flakyUp = up;
    },
    close: () => Promise.all([close(http), close(httpsSoon), close(httpsLater), close(httpsUntrusted)]),
  };
}

/** A real SMTP receiver; parsed messages land in `messages`. */
export async function startSmtp() {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((m) => messages.push(m))
        .then(() => callback(), callback);
    },
  });
  const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)));
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A webhook receiver that records JSON bodies; `failing` makes it answer 500. */
export async function startWebhook() {
  const received: { path: string; body: unknown }[] = [];
  const state = { failing: false };
  const server = createHttpServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      if (state.failing) return void res.writeHead(500).end('receiver down');
      received.push({ path: req.url ?? '/', body: JSON.parse(data) });
      res.writeHead(204).end();
    });
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, received, state, close: () => close(server) };
}
