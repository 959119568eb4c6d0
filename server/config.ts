// The environment of ARCHITECTURE.md, validated once at start: a bad value stops the process with one line.
import { z } from 'zod';

const port = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < 1 || n > 65535) {
        ctx.addIssue({ code: 'custom', message: 'must be a port number between 1 and 65535' });
        return z.NEVER;
      }
      return n;
    });

/**
 * CORS_ORIGINS as a list: exact origins (`https://portal.example.gov.cn`), comma-separated. Empty: same-origin
 * only, which needs no CORS at all. Null when a value is not an origin.
 */
export function parseOrigins(value: string | undefined): string[] | null {
  if (!value?.trim()) return [];
  const origins: string[] = [];
  for (const part of value.split(',')) {
    const text = part.trim();
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return null;
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== text.replace(/\/$/, '')) return null;
    origins.push(url.origin);
  }
  return origins;
}

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'must be development, production or test' })
    .default('development'),
  PORT: port(4000),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  DATABASE_URL: optionalText.refine(
    (v) => v === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(v),
    'must be a postgres:// connection string, e.g. postgres://user:password@host:5432/supervision',
  ),
  TEMPORAL_ADDRESS: optionalText.refine(
    (v) => v === undefined || /^[A-Za-z0-9.-]+:\d{1,5}$/.test(v),
    'must be host:port of a Temporal frontend, e.g. 127.0.0.1:7233',
  ),
  TEMPORAL_NAMESPACE: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be a Temporal namespace name')
    .default('default'),
  TEMPORAL_TASK_QUEUE: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be a task queue name')
    .default('supervision'),
  /** A prebuilt workflow bundle (`npm run build:workflows`); the worker bundles workflows/ at start without it. */
  WORKFLOW_BUNDLE: optionalText,
  TEMPORAL_PORT: port(7233),
  TEMPORAL_UI_PORT: port(8233),
  DEMO_PASSWORD: z
    .string()
    .min(8, 'must be at least 8 characters')
    .max(128, 'must be at most 128 characters')
    .default('demo-2026'),
  SESSION_TTL_HOURS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return 12;
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > 24 * 30) {
        ctx.addIssue({ code: 'custom', message: 'must be a whole number of hours between 1 and 720' });
        return z.NEVER;
      }
      return n;
    }),
  /** Other origins whose pages may call the API with credentials (comma-separated); none: same-origin only. */
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const origins = parseOrigins(value);
      if (!origins) {
        ctx.addIssue({
          code: 'custom',
          message:
            'must be comma-separated origins such as https://portal.example.gov.cn (scheme, host, port; no path)',
        });
        return z.NEVER;
      }
      return origins;
    }),
  /**
   * The address people open the system at (e.g. https://aqsc.example.gov.cn): a text message's link to acknowledge a
   * 包保 post starts with it; unset, the link is only its path (/duty/<token>) for the gateway to complete.
   */
  PUBLIC_URL: optionalText.refine(
    (v) => v === undefined || /^https?:\/\/[^\s/]+$/.test(v),
    'must be the scheme and host people open the system at, e.g. https://aqsc.example.gov.cn (no path, no trailing /)',
  ),
  /** Where the workers POST every notice (站内通知) as signed JSON; unset: notices stay in the app. */
  NOTIFY_WEBHOOK_URL: optionalText.refine(
    (v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v),
    'must be an http:// or https:// URL, e.g. https://msg.example.gov.cn/hooks/safety',
  ),
  /** The shared secret the webhook's body is signed with (HMAC-SHA256); required with NOTIFY_WEBHOOK_URL. */
  NOTIFY_WEBHOOK_SECRET: optionalText.refine(
    (v) => v === undefined || v.length >= 16,
    'must be at least 16 characters',
  ),
  /** Reverse proxies in front of the api whose X-Forwarded-For is believed (login throttling counts by address). */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return 0;
      if (!/^\d$/.test(value)) {
        ctx.addIssue({ code: 'custom', message: 'must be the number of trusted reverse proxies, 0 to 9' });
        return z.NEVER;
      }
      return Number(value);
    }),
});

export type Config = z.output<typeof schema>;

/** Rules across variables: a webhook needs its secret. */
function crossProblem(config: Config): { variable: string; message: string } | null {
  if (config.NOTIFY_WEBHOOK_URL && !config.NOTIFY_WEBHOOK_SECRET)
    return { variable: 'NOTIFY_WEBHOOK_SECRET', message: 'must be set when NOTIFY_WEBHOOK_URL is set' };
  return null;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) {
    const problem = crossProblem(result.data);
    if (!problem) return result.data;
    throw new ConfigError(`configuration error: ${problem.variable} ${problem.message}`);
  }
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? 'environment');
  const got = env[variable];
  const shown = got === undefined ? '' : ` (got "${/PASSWORD|SECRET/.test(variable) ? '***' : got}")`;
  throw new ConfigError(`configuration error: ${variable} ${issue?.message ?? 'is invalid'}${shown}`);
}
