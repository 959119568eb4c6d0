// Bad input, hostile queries, oversized bodies, forged browser requests, production introspection,
// and the workflow engine down: each a clear error with a code, and nothing changed.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../server/http';
import { closeServer, listen } from '../../server/listen';
import { DEFAULT_POLICY } from '../../domain/policy';
import { LIMIT_REFUSALS } from '../../domain/limits';
import { hazardWorkflowId } from '../../workflows/messages';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import {
  codeOf,
  finding,
  inDays,
  inspect,
  launchCampaign,
  openTaskOf,
  REPORT,
  SUBMIT,
  VERIFY,
  type LaunchedCampaign,
} from '../support/api-fixtures';

let api: ApiEnv;
let campaign: LaunchedCampaign;

beforeAll(async () => {
  api = await startApiEnv({ updateDeadlineMs: 4_000 });
  campaign = await launchCampaign(api, { name: '输入校验测试', industries: ['HAZARDOUS_CHEMICALS', 'OTHER'] });
});
afterAll(async () => {
  await api?.teardown();
});

async function changes<T>(run: () => Promise<T>): Promise<{ result: T; changed: Record<string, number> }> {
  const db = api.database.db;
  const tables = ['inspection', 'hazard', 'hazard_event', 'campaign', 'enterprise', 'photo', 'escalation'] as const;
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        tables.map(
          async (t) =>
            [
              t,
              Number(
                (
                  await db
                    .selectFrom(t)
                    .select((eb) => eb.fn.countAll<number>().as('n'))
                    .executeTakeFirstOrThrow()
                ).n,
              ),
            ] as const,
        ),
      ),
    );
  const before = await counts();
  const result = await run();
  const after = await counts();
  return {
    result,
    changed: Object.fromEntries(
      tables.filter((t) => after[t] !== before[t]).map((t) => [t, (after[t] ?? 0) - (before[t] ?? 0)]),
    ),
  };
}

describe('bad input is refused with BAD_USER_INPUT and changes nothing', () => {
  const cases: [string, (taskId: string) => Record<string, unknown>][] = [
    [
      'a description over 2,000 characters',
      (taskId) => ({ taskId, inspectorCount: 2, findings: [finding('GENERAL', '隐'.repeat(2001))] }),
    ],
    [
      'over 200 findings',
      (taskId) => ({
        taskId,
        inspectorCount: 2,
        findings: Array.from({ length: 201 }, (_, i) => finding('GENERAL', `隐患${i}`)),
      }),
    ],
    [
      'a rectify-by decades ahead',
      (taskId) => ({
        taskId,
        inspectorCount: 2,
        findings: [{ ...finding('GENERAL', '远期'), rectifyBy: '2090-01-01T00:00:00+08:00' }],
      }),
    ],
    [
      'a rectify-by before the inspection',
      (taskId) => ({
        taskId,
        inspectorCount: 2,
        findings: [{ ...finding('GENERAL', '倒挂'), rectifyBy: new Date(Date.now() - 86_400_000).toISOString() }],
      }),
    ],
    [
      'a date in the wrong format',
      (taskId) => ({
        taskId,
        inspectorCount: 2,
        findings: [{ ...finding('GENERAL', '格式'), rectifyBy: '2026/12/31' }],
      }),
    ],
    ...(
      [
        ['a date that does not exist (30 February)', '2027-02-30T17:00+08:00'],
        ['24:00 as a time of day', '2027-01-10T24:00+08:00'],
        ['an offset beyond ±14:00', '2027-01-10T10:00+23:59'],
      ] as const
    ).map(([name, rectifyBy]): [string, (taskId: string) => Record<string, unknown>] => [
      name,
      (taskId) => ({ taskId, inspectorCount: 2, findings: [{ ...finding('GENERAL', '日期'), rectifyBy }] }),
    ]),
    [
      'an inspection 20 hours before its campaign started',
      (taskId) => ({
        taskId,
        inspectorCount: 2,
        findings: [],
        inspectedAt: new Date(Date.now() - 20 * 3_600_000).toISOString(),
      }),
    ],
    ['an inspection group of zero', (taskId) => ({ taskId, inspectorCount: 0, findings: [] })],
    [
      'a wrong enum value',
      (taskId) => ({ taskId, inspectorCount: 2, findings: [{ ...finding('GENERAL', '等级'), level: 'SEVERE' }] }),
    ],
    ['a malformed task id', () => ({ taskId: 'not-an-id', inspectorCount: 2, findings: [] })],
    ['an id of another type', () => ({ taskId: campaign.id, inspectorCount: 2, findings: [] })],
    ['notes over 2,000 characters', (taskId) => ({ taskId, inspectorCount: 2, findings: [], notes: 'x'.repeat(2001) })],
    [
      'text that is not well-formed Unicode (a lone surrogate, which nothing could store)',
      (taskId) => ({ taskId, inspectorCount: 2, findings: [finding('GENERAL', '残缺\ud800字符')], notes: '\udc00' }),
    ],
    [
      'text with a NUL character (U+0000, which PostgreSQL cannot store)',
      (taskId) => ({ taskId, inspectorCount: 2, findings: [finding('GENERAL', '空字符\u0000隐患')], notes: '\u0000' }),
    ],
    [
      'an idempotency key over 128 characters',
      (taskId) => ({ taskId, inspectorCount: 2, findings: [], idempotencyKey: 'k'.repeat(129) }),
    ],
    [
      "a photo that is not the caller's",
      (taskId) => ({ taskId, inspectorCount: 2, findings: [], photoIds: [api.gid('Photo', 999_999)] }),
    ],
  ];
  for (const [name, input] of cases) {
    it(name, async () => {
      const task = await openTaskOf(api, campaign.dbId, 'emergency');
      const staff = await api.login('emergency.staff');
      const { result, changed } = await changes(() => api.gql(SUBMIT, { input: input(task.id) }, staff));
      expect(codeOf(result), JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/u);
      expect(changed).toEqual({});
    });
  }

  it('a campaign with a bad window, ratio or ladder', async () => {
    const admin = await api.login('admin');
    const launch = 'mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }';
    const base = { name: '校验', kind: 'OTHER', endsAt: inDays(30) };
    for (const input of [
      { ...base, endsAt: inDays(-1) },
      { ...base, sampleRatio: 0 },
      { ...base, sampleRatio: 1.5 },
      { ...base, reportEvery: 'weekly' },
      {
        ...base,
        escalation: {
          steps: [
            { after: 'P3D', level: 'COUNTY_LEADER' },
            { after: 'P1D', level: 'REGULATOR_HEAD' },
          ],
        },
      },
      { ...base, name: '名'.repeat(101) },
      { ...base, townshipIds: [api.gid('OrgUnit', 999_999)] },
    ]) {
      const { result, changed } = await changes(() => api.gql(launch, { input }, admin));
      expect(codeOf(result), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(changed).toEqual({});
    }
  });
});

describe('hostile requests', () => {
  it('refuses a lone surrogate written into the query text (the parser does), before anything runs', async () => {
    const staff = await api.login('emergency.staff');
    const { result, changed } = await changes(() =>
      api.gql(
        'mutation { reportRectification(input: { hazardId: "SGF6YXJkOjE=", measures: "\\ud800" }) { id } }',
        {},
        staff,
      ),
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('Unicode');
    expect(changed).toEqual({});
  });

  // A NUL reached the hazard's workflow once: its step could never be written, was retried for ever, and every later
  // step of that hazard answered UNAVAILABLE. Now refused at the door, in the variables and in the query text alike.
  it('refuses a NUL in a rectification report, sent as a variable or written into the query, and the hazard goes on', async () => {
    const task = await openTaskOf(api, campaign.dbId, 'emergency');
    const staff = await api.login('emergency.staff');
    const [hazardId = ''] = await inspect(api, task.id, 'emergency.staff', [finding('GENERAL', '空字符测试')]);
    for (const send of [
      () => api.gql(REPORT, { input: { hazardId, measures: '已整改\u0000完毕' } }, staff),
      () =>
        api.gql(
          `mutation { reportRectification(input: { hazardId: "${hazardId}", measures: "已整改\\u0000完毕" }) { id } }`,
          {},
          staff,
        ),
    ]) {
      const { result, changed } = await changes(send);
      expect(codeOf(result), JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe(LIMIT_REFUSALS.nulCharacter);
      expect(changed).toEqual({});
    }
    const report = await api.gql<{ reportRectification: { status: string } }>(
      REPORT,
      { input: { hazardId, measures: '已整改完毕' } },
      staff,
    );
    expect(report.data?.reportRectification.status, JSON.stringify(report.errors)).toBe('PENDING_VERIFICATION');
  });

  it('refuses a query nested too deep', async () => {
    let chain = 'name';
    for (let i = 0; i < 13; i++) chain = `parent { ${chain} }`;
    const deep = `{ me { orgUnit { ${chain} } } }`;
    const result = await api.gql(deep, {}, await api.login('admin'));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('嵌套过深');
  });

  it('refuses a query too expensive to run', async () => {
    const expensive = `{ myTasks(first: 200) { edges { node { inspection { hazards { escalations { addressee { name } } history { kind } photos { url } } } } } } }`;
    const result = await api.gql(expensive, {}, await api.login('emergency.staff'));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('过于复杂');
  });

  it('refuses a page larger than 200 and backwards paging', async () => {
    const staff = await api.login('emergency.staff');
    expect(codeOf(await api.gql('{ myTasks(first: 500) { totalCount } }', {}, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql('{ myTasks(last: 5) { totalCount } }', {}, staff))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql('{ myTasks(first: 5, after: "bm9wZQ") { totalCount } }', {}, staff))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses an oversized body before parsing it', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { username } }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a browser form post without the CSRF header (a forged cross-site request)', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: 'mutation { logout }' }));
    form.set('map', '{}');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await api.login('admin')}` },
      body: form,
    });
    expect(response.status).toBe(400);
    const text = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    expect(text.status).toBe(400);
  });

  it('refuses a non-image upload, judged by its content, not its name', async () => {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: 'mutation($file: File!) { uploadPhoto(file: $file) { id } }',
        variables: { file: null },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob(['<script>alert(1)</script>'], { type: 'image/png' }), 'evil.png');
    const token = await api.login('emergency.staff');
    const { result: response, changed } = await changes(() =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-graphql-csrf': '1' },
        body: form,
      }),
    );
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(changed).toEqual({});
  });

  it('never leaks internals: an unknown field is a validation error; no stack or SQL in any message', async () => {
    const result = await api.gql('{ me { password_hash } }', {}, await api.login('admin'));
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/at \/|\.ts:|select |postgres/iu);
  });

  it('turns introspection off in production', async () => {
    const server = createHttpServer({
      db: api.database.db,
      services: api.services,
      production: true,
      checkTemporal: async () => undefined,
    });
    await listen(server, 0, '127.0.0.1');
    try {
      const port = (server.address() as AddressInfo).port;
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
      expect(body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      const dev = await api.gql<{ __schema: { types: unknown[] } }>('{ __schema { types { name } } }');
      expect(dev.data?.__schema.types.length).toBeGreaterThan(20);
    } finally {
      await closeServer(server);
    }
  });
});

describe('the workflow engine down', () => {
  it('worker stopped: UNAVAILABLE with nothing written; a retry with the same key later is applied once', async () => {
    const task = await openTaskOf(api, campaign.dbId, 'emergency', 1);
    const staff = await api.login('emergency.staff');
    const input = {
      taskId: task.id,
      inspectorCount: 2,
      findings: [finding('GENERAL', '应急照明损坏')],
      idempotencyKey: randomUUID(),
    };
    await api.stopWorker();
    const { result, changed } = await changes(() => api.gql(SUBMIT, { input }, staff));
    expect(codeOf(result)).toBe('UNAVAILABLE');
    expect(result.errors?.[0]?.message).toContain('重试');
    expect(changed).toEqual({});
    await api.restartWorker();
    const retried = await api.gql<{ submitInspection: { id: string } }>(SUBMIT, { input }, staff);
    expect(retried.errors).toBeUndefined();
    const again = await api.gql<{ submitInspection: { id: string } }>(SUBMIT, { input }, staff);
    expect(again.data?.submitInspection.id).toBe(retried.data?.submitInspection.id);
    expect(
      await api.database.db.selectFrom('inspection').select('id').where('task_id', '=', task.dbId).execute(),
    ).toHaveLength(1);
  });

  it('worker stopped mid-verification: the retry with the same key gets the first result, recorded once', async () => {
    const db = api.database.db;
    const staff = await api.login('emergency.staff');
    const task = await openTaskOf(api, campaign.dbId, 'emergency', 3);
    const found = await api.gql<{ submitInspection: { hazards: { id: string }[] } }>(
      SUBMIT,
      { input: { taskId: task.id, inspectorCount: 1, findings: [finding('GENERAL', '配电箱未上锁')] } },
      staff,
    );
    const hazardId = found.data?.submitInspection.hazards[0]?.id ?? '';
    for (
      let i = 0;
      i < 50 &&
      codeOf(
        await api.gql(REPORT, { input: { hazardId, measures: '已上锁', idempotencyKey: `report-${hazardId}` } }, staff),
      );
      i += 1
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const input = { hazardId, passed: true, idempotencyKey: randomUUID() };
    // The staff reported on the enterprise's behalf (代报): the head verifies.
    const head = await api.login('emergency.head');
    await api.stopWorker();
    const first = await api.gql(VERIFY, { input }, head);
    expect(codeOf(first)).toBe('UNAVAILABLE');
    // The engine kept the admitted Update: the restarted worker runs it while the client sends it again.
    await api.restartWorker();
    const retried = await api.gql<{ verifyRectification: { status: string } }>(VERIFY, { input }, head);
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.verifyRectification.status).toBe('CLOSED');
    const hazardDbId = Number(Buffer.from(hazardId, 'base64').toString('utf8').split(':')[1]);
    expect(
      await db
        .selectFrom('hazard_event')
        .select('kind')
        .where('hazard_id', '=', hazardDbId)
        .where('kind', '=', 'VERIFICATION_PASSED')
        .execute(),
    ).toHaveLength(1);
  });

  it('a hazard whose workflow has not started yet: a report waits for it, or answers UNAVAILABLE and writes nothing', async () => {
    const db = api.database.db;
    const staff = await api.login('emergency.staff');
    const enterprise = await db
      .selectFrom('enterprise')
      .select(['id', 'regulator_id', 'township_id'])
      .where('regulator_id', '=', await api.orgId('emergency'))
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const foundAt = new Date();
    const rectifyBy = new Date(foundAt.getTime() + 10 * 86_400_000);
    // As the task workflow leaves them under load: recorded and answered, their workflows not started yet.
    const [late, never] = await db
      .insertInto('hazard')
      .values(
        [1, 2].map(() => ({
          enterprise_id: enterprise.id,
          regulator_id: enterprise.regulator_id,
          township_id: enterprise.township_id,
          level: 'GENERAL' as const,
          description: '安全出口指示灯损坏',
          found_at: foundAt,
          rectify_by: rectifyBy,
        })),
      )
      .returning('id')
      .execute();
    if (!late || !never) throw new Error('no hazards');
    const reporting = api.gql<{ reportRectification: { status: string } }>(
      REPORT,
      { input: { hazardId: api.gid('Hazard', late.id), measures: '已更换', idempotencyKey: randomUUID() } },
      staff,
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await api.env.client.workflow.start('hazardWorkflow', {
      workflowId: hazardWorkflowId(late.id),
      taskQueue: api.taskQueue,
      args: [
        {
          hazardId: late.id,
          level: 'GENERAL',
          foundAt: foundAt.toISOString(),
          rectifyBy: rectifyBy.toISOString(),
          policy: DEFAULT_POLICY,
        },
      ],
    });
    expect((await reporting).data?.reportRectification.status).toBe('PENDING_VERIFICATION');
    expect(await db.selectFrom('hazard_event').select('kind').where('hazard_id', '=', late.id).execute()).toEqual([
      { kind: 'RECTIFICATION_REPORTED' },
    ]);

    const { result, changed } = await changes(() =>
      api.gql(REPORT, { input: { hazardId: api.gid('Hazard', never.id), measures: '已更换' } }, staff),
    );
    expect(codeOf(result)).toBe('UNAVAILABLE');
    expect(result.errors?.[0]?.message).toContain('同一请求重试');
    expect(changed).toEqual({});
  });

  it('Temporal server gone: commands answer UNAVAILABLE and write nothing; reads still work', async () => {
    const staff = await api.login('emergency.staff');
    const admin = await api.login('admin');
    const task = await openTaskOf(api, campaign.dbId, 'emergency', 2);
    const hazards = await api.gql<{ submitInspection: { hazards: { id: string }[] } }>(
      SUBMIT,
      { input: { taskId: task.id, inspectorCount: 1, findings: [finding('GENERAL', '灭火器过期')] } },
      staff,
    );
    const hazardId = hazards.data?.submitInspection.hazards[0]?.id;
    await api.stopTemporal();
    const report = await changes(() => api.gql(REPORT, { input: { hazardId, measures: '已更换' } }, staff));
    expect(codeOf(report.result)).toBe('UNAVAILABLE');
    expect(report.changed).toEqual({});
    const launch = await changes(() =>
      api.gql(
        'mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }',
        { input: { name: '断线发起', kind: 'OTHER', endsAt: inDays(10) } },
        admin,
      ),
    );
    expect(codeOf(launch.result)).toBe('UNAVAILABLE');
    expect(launch.changed).toEqual({});
    const read = await api.gql<{ hazards: { totalCount: number } }>('{ hazards { totalCount } }', {}, staff);
    expect(read.data?.hazards.totalCount).toBeGreaterThan(0);
  });
});
