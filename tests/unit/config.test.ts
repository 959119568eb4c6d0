import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('config', () => {
  it('has the defaults of ARCHITECTURE.md', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 4000,
      DATA_DIR: './data',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'supervision',
      DEMO_PASSWORD: 'demo-2026',
      NODE_ENV: 'development',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.TEMPORAL_ADDRESS).toBeUndefined();
  });

  it('reads valid values', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://u:p@db:5432/supervision',
      TEMPORAL_ADDRESS: 'temporal:7233',
      NODE_ENV: 'production',
    });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe('postgres://u:p@db:5432/supervision');
    expect(config.TEMPORAL_ADDRESS).toBe('temporal:7233');
  });

  it('needs the webhook secret with the webhook URL', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'https://aqsc.example.gov.cn/portal' })).toThrow(
      'PUBLIC_URL must be the scheme and host',
    );
    expect(loadConfig({ PUBLIC_URL: 'https://aqsc.example.gov.cn' }).PUBLIC_URL).toBe('https://aqsc.example.gov.cn');
    expect(() => loadConfig({ NOTIFY_WEBHOOK_URL: 'https://msg.example.gov.cn/hook' })).toThrow(
      'configuration error: NOTIFY_WEBHOOK_SECRET must be set when NOTIFY_WEBHOOK_URL is set',
    );
    const config = loadConfig({
      NOTIFY_WEBHOOK_URL: 'https://msg.example.gov.cn/hook',
      NOTIFY_WEBHOOK_SECRET: 'x'.repeat(16),
    });
    expect(config.NOTIFY_WEBHOOK_URL).toBe('https://msg.example.gov.cn/hook');
  });

  it('reads CORS_ORIGINS as exact origins; none by default', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://portal.example.gov.cn, http://10.0.0.5:8080/' }).CORS_ORIGINS).toEqual([
      'https://portal.example.gov.cn',
      'http://10.0.0.5:8080',
    ]);
  });

  const bad: [string, string, RegExp][] = [
    ['PORT', 'abc', /^configuration error: PORT must be a port number between 1 and 65535 \(got "abc"\)$/],
    ['PORT', '70000', /^configuration error: PORT must be a port number/],
    ['DATA_DIR', '', /^configuration error: DATA_DIR must not be empty/],
    ['DATABASE_URL', 'mysql://x', /^configuration error: DATABASE_URL must be a postgres:\/\/ connection string/],
    ['TEMPORAL_ADDRESS', 'http://x', /^configuration error: TEMPORAL_ADDRESS must be host:port/],
    ['TEMPORAL_NAMESPACE', 'a b', /^configuration error: TEMPORAL_NAMESPACE must be a Temporal namespace name/],
    ['TEMPORAL_TASK_QUEUE', '', /^configuration error: TEMPORAL_TASK_QUEUE must be a task queue name/],
    ['TEMPORAL_PORT', '0', /^configuration error: TEMPORAL_PORT must be a port number/],
    ['CORS_ORIGINS', '*', /^configuration error: CORS_ORIGINS must be comma-separated origins/],
    ['CORS_ORIGINS', 'https://a.example/path', /^configuration error: CORS_ORIGINS must be comma-separated origins/],
    ['TEMPORAL_UI_PORT', 'x', /^configuration error: TEMPORAL_UI_PORT must be a port number/],
    ['DEMO_PASSWORD', 'short', /^configuration error: DEMO_PASSWORD must be at least 8 characters \(got "\*\*\*"\)$/],
    ['NODE_ENV', 'staging', /^configuration error: NODE_ENV must be development, production or test/],
    ['SESSION_TTL_HOURS', '1.5', /^configuration error: SESSION_TTL_HOURS must be a whole number of hours/],
    [
      'NOTIFY_WEBHOOK_URL',
      'ftp://x',
      /^configuration error: NOTIFY_WEBHOOK_URL must be an http:\/\/ or https:\/\/ URL/,
    ],
    [
      'NOTIFY_WEBHOOK_SECRET',
      'short',
      /^configuration error: NOTIFY_WEBHOOK_SECRET must be at least 16 characters \(got "\*\*\*"\)$/,
    ],
  ];
  it.each(bad)('%s=%j stops with one line naming the variable', (variable, value, message) => {
    let caught: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const text = caught instanceof Error ? caught.message : '';
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  });
});
