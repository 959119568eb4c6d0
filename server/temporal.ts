// Connections to Temporal, and the embedded dev server of `npm start`.
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { NativeConnection } from '@temporalio/worker';
import { StartupError } from './main';
import { assertPortFree } from './ports';
import { locateTemporalBinary } from './temporal-binaries';

export interface DevServer {
  address: string;
  uiUrl: string;
  stop(): Promise<void>;
}

/** Starts `temporal server start-dev` with its SQLite file under dataDir: workflows survive a restart. */
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
  try {
    env = await TestWorkflowEnvironment.createLocal({
      server: {
        executable,
        dbFilename: path.resolve(options.dataDir, 'temporal.sqlite'),
        ip: '127.0.0.1',
        port: options.port,
        ui: true,
        uiPort: options.uiPort,
        namespace: options.namespace,
        extraArgs: ['--log-level', 'error'],
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
