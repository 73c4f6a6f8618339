import type { TestHub } from './app.js';

/** Thin API helpers for the billing tests: every call goes through the real routes and must succeed. */
export function billingApi(hub: TestHub) {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => {
    const r = await hub.app.inject({ method, url: `/api/v1${url}`, headers: hub.auth, ...(payload !== undefined ? { payload: payload as object } : {}) });
    return r;
  };
  const ok = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => {
    const r = await call(method, url, payload);
    if (r.statusCode >= 300) throw new Error(`${method} ${url}: ${r.statusCode} ${r.body}`);
    return r.statusCode === 204 ? null : r.json();
  };
  return {
    call,
    ok,
    async plan(body: Record<string, unknown>): Promise<string> {
      return (await ok('POST', '/plans', body)).id;
    },
    async client(name: string, email: string): Promise<string> {
      return (await ok('POST', '/clients', { name, contact_email: email })).id;
    },
    setBilling: (clientId: string, body: Record<string, unknown>) => ok('PUT', `/clients/${clientId}/billing`, body),
    logTime: (body: Record<string, unknown>) => ok('POST', '/time-entries', body),
    invoices: async (q = ''): Promise<{ id: string; number: number; number_text: string; client_id: string; schedule_key: string | null; issue_date: string; status: string; subtotal_cents: number; tax_cents: number; total_cents: number; lines: { kind: string; amount_cents: number; description: string }[] }[]> =>
      (await ok('GET', `/invoices?limit=500${q}`)).items,
  };
}
