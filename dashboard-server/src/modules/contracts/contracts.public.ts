import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema } from '@retainer/protocol';
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, ErrorCode } from '../../lib/errors.js';
import { isRefusal, type ContractsService, type PublicView } from './contracts.service.js';
import { AcceptBodySchema, TokenParamsSchema } from './contracts.schemas.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const page = (title: string, inner: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${esc(title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1e1e1e}pre{white-space:pre-wrap;background:#f6f7f7;padding:1rem;border-radius:4px}label,input,button{font:inherit}input[type=text]{padding:.4rem;width:100%;max-width:24rem}button{margin-top:.75rem;padding:.5rem 1rem}</style></head><body>${inner}</body></html>`;

/** Refusals say only what the holder of the link may know; an edited or unknown link learns nothing. */
const REFUSALS = {
  invalid: { status: 403, code: ErrorCode.FORBIDDEN, message: 'This link is not valid.' },
  expired: { status: 403, code: ErrorCode.FORBIDDEN, message: 'This link has expired. Ask your provider to send the contract again.' },
} as const;

function render(view: PublicView, token: string): { status: number; html: string } {
  if (isRefusal(view)) {
    const r = REFUSALS[view.state];
    return { status: r.status, html: page('Contract', `<h1>Contract</h1><p>${esc(r.message)}</p>`) };
  }
  const head = `<h1>Maintenance contract for ${esc(view.clientName)} — revision ${view.revision}</h1>`;
  const text = `<pre>${esc(view.body)}</pre><p>Fingerprint (SHA-256): <code>${view.sha256}</code></p>`;
  if (view.state === 'accepted') return { status: 200, html: page('Contract accepted', `${head}<p><strong>Accepted on ${esc(view.acceptedAt ?? '')}.</strong> Thank you.</p>${text}`) };
  if (view.state === 'superseded') return { status: 409, html: page('Contract', `${head}<p>A newer revision of this contract exists; use the link in the latest email.</p>`) };
  const form = `<form method="post" action="/contract/accept/${esc(token)}"><input type="hidden" name="sha256" value="${view.sha256}">
<label for="name">Type your full name to accept this revision</label><br><input id="name" type="text" name="name" required maxlength="200" autocomplete="name"><br>
<button type="submit">I accept revision ${view.revision}</button></form>`;
  return { status: 200, html: page('Contract', `${head}${text}${form}`) };
}

const wantsHtml = (req: FastifyRequest) => (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded') || (req.headers.accept ?? '').includes('text/html');

/**
 * The client's acceptance page, outside /api/v1 and without a login: the signed link is the credential.
 * GET shows the revision and a form; POST (form or JSON) records the typed name, time, IP and text hash.
 */
export const contractsPublicRoutes: FastifyPluginAsyncTypebox<{ contracts: ContractsService; rateLimitPerMin: number }> = async (app, { contracts, rateLimitPerMin }) => {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 8192 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  const config = { rateLimit: { max: rateLimitPerMin, timeWindow: 60_000 } };
  const schema = { hide: true, params: TokenParamsSchema };

  app.get('/contract/accept/:token', { config, schema }, async (req, reply) => {
    const { status, html } = render(await contracts.publicView(req.params.token), req.params.token);
    return reply.status(status).header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').type('text/html; charset=utf-8').send(html);
  });

  const sendError = (req: FastifyRequest, reply: FastifyReply, status: number, code: ErrorCode, message: string) => {
    if (wantsHtml(req)) return reply.status(status).type('text/html; charset=utf-8').send(page('Contract', `<h1>Contract</h1><p>${esc(message)}</p>`));
    return reply.status(status).send({ error: { code, message } });
  };

  app.post(
    '/contract/accept/:token',
    {
      config,
      schema: { ...schema, body: AcceptBodySchema, response: { 200: Type.Object({ accepted: Type.Boolean(), revision: Type.Integer(), accepted_at: Type.Union([Type.String(), Type.Null()]), sha256: Type.String() }), 400: ErrorBodySchema, 403: ErrorBodySchema, 409: ErrorBodySchema } },
      // The form's errors come back as a page, the API's as JSON.
      errorHandler: (err, req, reply) => {
        if (err instanceof AppError) return sendError(req, reply, err.statusCode, err.code, err.message);
        if ((err as { validation?: unknown }).validation) return sendError(req, reply, 400, ErrorCode.VALIDATION_FAILED, 'Type your name to accept the contract.');
        throw err;
      },
    },
    async (req, reply) => {
      const view = await contracts.accept(req.params.token, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? '' });
      if (isRefusal(view)) return sendError(req, reply, REFUSALS[view.state].status, REFUSALS[view.state].code, REFUSALS[view.state].message);
      if (view.state === 'superseded') return sendError(req, reply, 409, ErrorCode.CONFLICT, 'A newer revision of this contract exists; use the link in the latest email.');
      if (view.state === 'open') return sendError(req, reply, 409, ErrorCode.CONFLICT, 'This revision is not accepted.');
      if (!wantsHtml(req)) return reply.status(200).send({ accepted: true, revision: view.revision, accepted_at: view.acceptedAt, sha256: view.sha256 });
      return reply.status(200).type('text/html; charset=utf-8').send(render(view, req.params.token).html as never);
    },
  );
};
