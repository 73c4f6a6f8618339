import { request } from 'undici';

/** POSTs JSON and treats anything but 2xx as a failure whose message says what the receiver answered. */
export async function postJson(url: string, body: unknown, timeoutMs: number, headers: Record<string, string> = {}): Promise<void> {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'RetainerHub-Alerts/1', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = (await res.body.text()).slice(0, 200);
  if (res.statusCode < 200 || res.statusCode >= 300) throw new Error(`receiver answered HTTP ${res.statusCode}${text ? `: ${text}` : ''}`);
}
