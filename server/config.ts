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
});

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const variable = String(issue?.path[0] ?? 'environment');
  const got = env[variable];
  const shown = got === undefined ? '' : ` (got "${variable.includes('PASSWORD') ? '***' : got}")`;
  throw new ConfigError(`configuration error: ${variable} ${issue?.message ?? 'is invalid'}${shown}`);
}
