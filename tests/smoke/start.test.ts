// `npm start` as a person runs it: up, log in, Ctrl-C, up again on the same DATA_DIR with data and workflows intact
// (the dev server's SQLite file in WAL mode).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../server/ports';
import { getTaskState, taskWorkflowId, type TaskWorkflowInput } from '../../workflows/messages';
import { DEFAULT_POLICY } from '../../domain/policy';
import { graphql, runEntryPoint, waitFor, type RunningProcess } from '../support/processes';

let dataDir: string;
let env: Record<string, string>;
let port: number;
let temporalPort: number;
const running: RunningProcess[] = [];

function start(extra: Record<string, string> = {}): RunningProcess {
  const process = runEntryPoint('server/start.ts', { ...env, ...extra });
  running.push(process);
  return process;
}

async function healthy(): Promise<boolean> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`);
  return response.status === 200;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'wss-start-'));
  port = await freePort();
  temporalPort = await freePort();
  env = {
    DATA_DIR: dataDir,
    PORT: String(port),
    TEMPORAL_PORT: String(temporalPort),
    TEMPORAL_UI_PORT: String(await freePort()),
    NODE_ENV: 'development',
  };
});

afterAll(async () => {
  await Promise.all(running.map((p) => p.stop('SIGKILL')));
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  let token = '';
  const workflowId = taskWorkflowId(987_654);

  it('starts everything, seeds the demo county and lets admin log in', async () => {
    const first = start();
    await waitFor(healthy, 150_000, `/healthz of npm start:\n${first.output()}`);
    expect(first.output()).toContain('seeded the demo county: 22 org units, 2500 enterprises, 47 users');
    // The demo county's past and present are written behind the running system (seed/demo-county/history): the line
    // comes just after the server listens, so wait for it rather than expect it with the health answer.
    await waitFor(
      async () => first.output().includes("writing the demo county's history in the background"),
      30_000,
      `the demo history's first line:\n${first.output()}`,
    );
    expect(first.output()).toMatch(/started in [\d.]+ s, RSS \d+ MB/);

    const login = await graphql(
      port,
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username role } } }',
      { u: 'admin', p: 'demo-2026' },
    );
    expect(login.body).toMatchObject({ data: { login: { user: { username: 'admin', role: 'ADMIN' } } } });
    token = String(login.body.data.login.token);
    expect(token.length).toBeGreaterThan(20);

    // A long-running workflow that must survive the restart.
    const connection = await Connection.connect({ address: `127.0.0.1:${temporalPort}` });
    const input: TaskWorkflowInput = { taskId: 987_654, dueAt: '2030-01-01T00:00:00Z', policy: DEFAULT_POLICY };
    await new Client({ connection }).workflow.start('taskWorkflow', {
      workflowId,
      taskQueue: 'supervision',
      args: [input],
    });
    await connection.close();
    // The dev server keeps its SQLite file in write-ahead-log mode (DEV_SERVER_SQLITE_PRAGMAS): the log sits beside it.
    expect(existsSync(path.join(dataDir, 'temporal.sqlite-wal'))).toBe(true);

    const code = await first.stop('SIGINT');
    expect(code, first.output()).toBe(0);
    expect(first.output()).toContain('SIGINT: stopping');
  });

  it('resumes on the same DATA_DIR with the data and the running workflow intact', async () => {
    const second = start();
    await waitFor(healthy, 120_000, `/healthz of the second npm start:\n${second.output()}`);
    expect(second.output()).not.toContain('seeded the demo county');
    expect(second.output()).toContain('migrations  up to date');

    // The session written before the restart is still there.
    const me = await graphql(port, '{ me { username orgUnit { kind } } }', {}, token);
    expect(me.body).toEqual({ data: { me: { username: 'admin', orgUnit: { kind: 'COUNTY_OFFICE' } } } });

    const connection = await Connection.connect({ address: `127.0.0.1:${temporalPort}` });
    const handle = new Client({ connection }).workflow.getHandle(workflowId);
    expect((await handle.describe()).status.name).toBe('RUNNING');
    expect(await handle.query(getTaskState)).toMatchObject({
      taskId: 987_654,
      status: 'OPEN',
      dueAt: '2030-01-01T00:00:00.000Z',
    });
    await handle.terminate('smoke test done');
    await connection.close();

    // A second all-in-one process on the same DATA_DIR is refused with one line.
    const intruder = start({
      PORT: String(await freePort()),
      TEMPORAL_PORT: String(await freePort()),
      TEMPORAL_UI_PORT: String(await freePort()),
    });
    expect(await intruder.exited).toBe(1);
    expect(intruder.output().trim().split('\n').pop()).toMatch(
      /^error: .* is in use by another npm start \(pid \d+\): stop it or set DATA_DIR$/,
    );

    const code = await second.stop('SIGTERM');
    expect(code, second.output()).toBe(0);
  });

  it('refuses a port in use with one clear line and a non-zero exit', async () => {
    const blocker = createServer();
    const blockedPort = await freePort();
    await new Promise<void>((resolve) => blocker.listen(blockedPort, '0.0.0.0', resolve));
    try {
      const refused = start({ PORT: String(blockedPort) });
      expect(await refused.exited).toBe(1);
      expect(refused.output().trim()).toBe(
        `error: port ${blockedPort} (api) is already in use: stop the other process or choose another port`,
      );
    } finally {
      blocker.close();
    }
  });

  it('refuses a bad configuration with one line naming the variable', async () => {
    const refused = start({ PORT: 'eighty' });
    expect(await refused.exited).toBe(1);
    expect(refused.output().trim()).toBe(
      'error: configuration error: PORT must be a port number between 1 and 65535 (got "eighty")',
    );
  });

  it('refuses an unreachable database with one line', async () => {
    const refused = start({
      DATABASE_URL: `postgres://nobody@127.0.0.1:${await freePort()}/none`,
      TEMPORAL_ADDRESS: '127.0.0.1:1',
    });
    expect(await refused.exited).toBe(1);
    expect(refused.output().trim().split('\n').pop()).toMatch(
      /^error: cannot reach PostgreSQL at postgres:\/\/nobody@127\.0\.0\.1:\d+\/none: /,
    );
  });
});
