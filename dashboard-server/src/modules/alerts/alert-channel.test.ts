import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { createAlertChannelRegistry, type AlertChannel } from './alert-channel.js';
import { backoffMs } from './alerts.service.js';
import { defaultAlertChannels } from './channels/index.js';

const fake = (type: string): AlertChannel<{ url: string }> => ({ type, configSchema: Type.Object({ url: Type.String() }, { additionalProperties: false }), send: async () => {} });

describe('alert channel registry', () => {
  it('refuses a second channel with the same name', () => {
    const r = createAlertChannelRegistry();
    r.register(fake('pager'));
    expect(() => r.register(fake('pager'))).toThrow(/registered twice/);
    expect(r.types()).toEqual(['pager']);
  });

  it('validates a config against the channel type schema', () => {
    const r = createAlertChannelRegistry();
    r.register(fake('pager'));
    expect(r.configErrors('pager', { url: 'x' })).toEqual([]);
    expect(r.configErrors('pager', { url: 1 }).length).toBeGreaterThan(0);
    expect(r.configErrors('pager', { url: 'x', more: true }).length).toBeGreaterThan(0);
  });

  it('ships email, webhook and slack', () => {
    expect(defaultAlertChannels().types()).toEqual(['email', 'webhook', 'slack']);
  });

  it('backs off exponentially, capped at one hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });
});
