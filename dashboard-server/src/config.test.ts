import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.js';

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ port: 8787, host: '127.0.0.1', databaseUrl: undefined, reportIntervalS: 3600, enrollmentCodeTtlMs: 24 * 3_600_000, jwtSecret: undefined });
    expect(c.dataDir.endsWith('.retainer-data')).toBe(true);
    expect(c.publicUrl).toBe('http://127.0.0.1:8787');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads and converts values', () => {
    const c = parseConfig({ PORT: '9000', HOST: '0.0.0.0', DATABASE_URL: 'postgres://u@db:5432/retainer', HUB_PUBLIC_URL: 'https://hub.example.com/', ENROLLMENT_CODE_TTL_H: '2' });
    expect(c).toMatchObject({ port: 9000, host: '0.0.0.0', databaseUrl: 'postgres://u@db:5432/retainer', publicUrl: 'https://hub.example.com', enrollmentCodeTtlMs: 7_200_000 });
  });

  it('refuses invalid values with a message naming the variable', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => parseConfig({ PORT: '70000' })).toThrow(ConfigError);
    expect(() => parseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
    expect(() => parseConfig({ RETAINER_ADMIN_EMAIL: 'not-an-email', RETAINER_ADMIN_PASSWORD: 'long enough pw' })).toThrow(/RETAINER_ADMIN_EMAIL/);
    expect(() => parseConfig({ RETAINER_ADMIN_EMAIL: 'me@example.com' })).toThrow(/RETAINER_ADMIN_PASSWORD/);
  });
});

describe('parseConfig: uptime and alerts', () => {
  it('has defaults and reads overrides', () => {
    expect(parseConfig({})).toMatchObject({ uptimeEnabled: true, uptimeConcurrency: 200, uptimeRetentionDays: 90, uptimeConfirmRetryS: 20, uptimeAgentSilentFactor: 3, smtpUrl: undefined, alertMaxAttempts: 10 });
    expect(parseConfig({ UPTIME_ENABLED: 'false', UPTIME_RETENTION_DAYS: '30', SMTP_URL: 'smtp://u:p@mail.example.com:587', ALERT_EMAIL_TO: 'me@example.com' })).toMatchObject({
      uptimeEnabled: false,
      uptimeRetentionDays: 30,
      smtpUrl: 'smtp://u:p@mail.example.com:587',
      alertEmailTo: 'me@example.com',
    });
    expect(() => parseConfig({ UPTIME_ENABLED: 'yes' })).toThrow(/UPTIME_ENABLED/);
    expect(() => parseConfig({ SMTP_URL: 'http://mail' })).toThrow(/SMTP_URL/);
    expect(() => parseConfig({ ALERT_EMAIL_TO: 'nope' })).toThrow(/ALERT_EMAIL_TO/);
  });
});
