import { describe, expect, it } from 'vitest';
import { redactChannel } from './redact.js';

describe('redactChannel', () => {
  it('hides webhook paths and header values but keeps the host', () => {
    const view = { id: 'x', name: 'ops', type: 'slack', enabled: true, created_at: '2026-11-01T00:00:00.000Z', updated_at: '2026-11-01T00:00:00.000Z', config: { url: 'https://hooks.slack.example/services/T000/B000/secret-token', headers: { authorization: 'Bearer abc' }, to: 'me@example.com' } };
    const out = redactChannel(view as never);
    expect(out.config).toEqual({ url: 'https://hooks.slack.example/••••', headers: { authorization: '••••' }, to: 'me@example.com' });
    expect(JSON.stringify(out)).not.toContain('secret-token');
    expect(JSON.stringify(out)).not.toContain('Bearer abc');
    expect(view.config.url).toContain('secret-token'); // the stored object is not changed
  });
});
