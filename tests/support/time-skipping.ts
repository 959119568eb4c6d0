// The time-skipping test server, started from the pip-installed binary, with a client whose keepalive the
// server accepts. The SDK's TestWorkflowEnvironment pings every 30 s, which this server answers with
// GOAWAY (too_many_pings) after a minute, losing the call in flight (temporalio/sdk-typescript#2185).
import { spawn } from 'node:child_process';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
// Exported for the SDK's own test environment; it is what lets a Connection speak to the test service.
import { InternalConnectionOptionsSymbol, type InternalConnectionOptions } from '@temporalio/client/lib/connection';
import { msToTs } from '@temporalio/common/lib/time';
import { NativeConnection } from '@temporalio/worker';
import { freePort } from '../../server/ports';
import { locateTemporalBinary } from '../../server/temporal-binaries';
import { waitFor } from './processes';

export interface TimeSkippingServer {
  address: string;
  client: Client;
  connection: Connection;
  nativeConnection: NativeConnection;
  /** Moves the server's clock forward, firing every timer on the way. */
  sleep(ms: number): Promise<void>;
  now(): Promise<Date>;
  /** Awaits a workflow's result with time skipping unlocked, as the SDK's test client does. */
  result<R>(handle: WorkflowHandle<() => Promise<R>>): Promise<R>;
  stop(): Promise<void>;
}

export async function startTimeSkippingServer(): Promise<TimeSkippingServer> {
  const executable = locateTemporalBinary('temporal-test-server');
  if (executable.type !== 'existing-path')
    throw new Error('the time-skipping tests need the temporal-test-server binary');
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  const child = spawn(executable.path, [String(port)], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let connection: Connection | undefined;
  await waitFor(
    async () => {
      const options: InternalConnectionOptions = {
        address,
        connectTimeout: 1_000,
        channelArgs: { 'grpc.keepalive_time_ms': 600_000, 'grpc.keepalive_permit_without_calls': 0 },
        [InternalConnectionOptionsSymbol]: { supportsTestService: true },
      };
      connection = await Connection.connect(options);
      return true;
    },
    30_000,
    `temporal-test-server on ${address}`,
  );
  if (!connection) throw new Error('no connection');
  const conn = connection;
  const testService = conn.testService;
  if (!testService) throw new Error('the connection has no test service');
  const nativeConnection = await NativeConnection.connect({ address });
  const client = new Client({ connection: conn });
  return {
    address,
    client,
    connection: conn,
    nativeConnection,
    sleep: async (ms) => {
      await testService.unlockTimeSkippingWithSleep({ duration: msToTs(ms) });
    },
    now: async () => {
      const { time } = await testService.getCurrentTime({});
      return new Date(Number(time?.seconds ?? 0) * 1000 + Math.floor((time?.nanos ?? 0) / 1e6));
    },
    result: async (handle) => {
      await testService.unlockTimeSkipping({});
      try {
        return await handle.result();
      } finally {
        await testService.lockTimeSkipping({});
      }
    },
    stop: async () => {
      await conn.close();
      await nativeConnection.close();
      child.kill('SIGTERM');
      await exited;
    },
  };
}
