// Entry points share one way to fail: a single line on stderr and a non-zero exit, no stack for known causes.
import { ConfigError } from './config';
import { TemporalBinaryError } from './temporal-binaries';
import { DatabaseUnavailableError } from '../db/connect';
import { MigrationError } from '../db/migrate';

export class StartupError extends Error {
  override name = 'StartupError';
}

const KNOWN = [ConfigError, TemporalBinaryError, DatabaseUnavailableError, MigrationError, StartupError];

export function describeFailure(error: unknown): string {
  if (KNOWN.some((kind) => error instanceof kind) && error instanceof Error) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`error: ${describeFailure(error)}`);
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  });
}
