// Connections to Temporal, and the embedded dev server of `npm start`.
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { NativeConnection } from '@temporalio/worker';
import { StartupError } from './main';
import { assertPortFree } from './ports';
import { locateTemporalBinary } from './temporal-binaries';

/**
 * The SQLite pragmas of `npm start`'s file-backed dev server (issue 16): write-ahead logging, and fsync at checkpoints
 * rather than at every commit. A crash of the process loses nothing; a power cut or an OS crash may lose the last
 * transactions the server acknowledged (the file stays consistent). The Temporal SDKs' own stress CI runs the dev
 * server this way; a county that cannot accept the trade-off runs a Temporal cluster (docker-compose.yml).
 */
export const DEV_SERVER_SQLITE_PRAGMAS = ['journal_mode=wal', 'synchronous=normal'] as const;

/** The dev server's store: in memory (tests, the bench's baseline), a file, or a file with the pragmas above. */
export type DevServerStore = 'memory' | 'file' | 'file-wal';

/** The `temporal server start-dev` arguments of a store under `dir` (its SQLite file, and its pragmas). */
export function devServerStoreOptions(
  store: DevServerStore,
  dir: string,
): { dbFilename?: string; extraArgs: string[] } {
  if (store === 'memory') return { extraArgs: [] };
  return {
    dbFilename: path.resolve(dir, 'temporal.sqlite'),
    extraArgs: store === 'file-wal' ? DEV_SERVER_SQLITE_PRAGMAS.flatMap((p) => ['--sqlite-pragma', p]) : [],
  };
}

export interface DevServer {
  address: string;
  uiUrl: string;
  stop(): Promise<void>;
}

/** Starts `temporal server start-dev` with its SQLite file under dataDir (WAL): workflows survive a restart. */
export async function startDevServer(options: {
  dataDir: string;
  port: number;
  uiPort: number;
  namespace: string;
}): Promise<DevServer> {
  await assertPortFree(options.port, 'Temporal dev server', '127.0.0.1');
  await assertPortFree(options.uiPort, 'Temporal UI', '127.0.0.1');
  const executable = locateTemporalBinary('temporal');
  let env: TestWorkflowEnvironment;
  const store = devServerStoreOptions('file-wal', options.dataDir);
  try {
    env = await TestWorkflowEnvironment.createLocal({
      server: {
        executable,
        dbFilename: store.dbFilename,
        ip: '127.0.0.1',
        port: options.port,
        ui: true,
        uiPort: options.uiPort,
        namespace: options.namespace,
        extraArgs: ['--log-level', 'error', ...store.extraArgs],
      },
    });
  } catch (error) {
    throw new StartupError(
      `cannot start the Temporal dev server: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return {
    address: env.address,
    uiUrl: `http://127.0.0.1:${options.uiPort}`,
    stop: () => env.teardown(),
  };
}

export async function connectClient(
  address: string,
  namespace: string,
): Promise<{ client: Client; close(): Promise<void> }> {
  try {
    const connection = await Connection.connect({ address, connectTimeout: '10s' });
    return { client: new Client({ connection, namespace }), close: () => connection.close() };
  } catch (error) {
    throw new StartupError(
      `cannot reach Temporal at ${address}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export async function connectWorker(address: string): Promise<NativeConnection> {
  try {
    return await NativeConnection.connect({ address });
  } catch (error) {
    throw new StartupError(
      `cannot reach Temporal at ${address}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
