// Retries after a dropped connection are applied once; racing transitions on one object leave one winner.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import {
  codeOf,
  finding,
  inDays,
  inspect,
  launchCampaign,
  majorRectification,
  openTaskOf,
  REPORT,
  SUBMIT,
  VERIFY,
  type LaunchedCampaign,
} from '../support/api-fixtures';
import { waitFor } from '../support/processes';

let api: ApiEnv;
let campaign: LaunchedCampaign;

beforeAll(async () => {
  api = await startApiEnv();
  campaign = await launchCampaign(api, { name: '重试与竞争测试', industries: ['HAZARDOUS_CHEMICALS', 'OTHER'] });
});
afterAll(async () => {
  await api?.teardown();
});

/** Sends the request and drops the connection after `afterMs`, as a phone losing signal would. */
async function droppedThenRetried(query: string, variables: Record<string, unknown>, token: string, afterMs: number) {
  const abort = new AbortController();
  const dropped = fetch(`${api.url}/graphql`, {
    method: 'POST',
    signal: abort.signal,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  }).then(
    () => 'answered',
    () => 'dropped',
  );
  setTimeout(() => abort.abort(), afterMs);
  await dropped;
  // The client does not know whether it went through: it retries with the same key until it gets an answer.
  let result = await api.gql<Record<string, { id: string }>>(query, variables, token);
  for (let i = 0; i < 10 && codeOf(result) === 'CONFLICT' && result.errors?.[0]?.message.includes('正在'); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    result = await api.gql(query, variables, token);
  }
  return result;
}

describe('a mutation retried with its idempotency key after a dropped connection is applied once', () => {
  for (const afterMs of [1, 30, 150]) {
    it(`submitInspection, reportRectification, verifyRectification, launchCampaign (dropped after ${afterMs} ms)`, async () => {
      const staff = await api.login('emergency.staff');
      // The rectification is verified by someone other than its reporter.
      const head = await api.login('emergency.head');
      const task = await openTaskOf(api, campaign.dbId, 'emergency', 0);
      const submit = await droppedThenRetried(
        SUBMIT,
        {
          input: {
            taskId: task.id,
            inspectorCount: 2,
            findings: [finding('GENERAL', '重试隐患')],
            idempotencyKey: randomUUID(),
          },
        },
        staff,
        afterMs,
      );
      expect(submit.errors).toBeUndefined();
      expect(
        await api.database.db.selectFrom('inspection').select('id').where('task_id', '=', task.dbId).execute(),
      ).toHaveLength(1);
      const hazards = await api.database.db
        .selectFrom('hazard')
        .innerJoin('inspection', 'inspection.id', 'hazard.inspection_id')
        .select('hazard.id')
        .where('inspection.task_id', '=', task.dbId)
        .execute();
      expect(hazards).toHaveLength(1);
      const hazardDbId = hazards[0]?.id ?? 0;
      const hazardId = api.gid('Hazard', hazardDbId);

      const report = await droppedThenRetried(
        REPORT,
        { input: { hazardId, measures: '已整改', idempotencyKey: randomUUID() } },
        staff,
        afterMs,
      );
      expect(report.errors).toBeUndefined();
      const verify = await droppedThenRetried(
        VERIFY,
        { input: { hazardId, passed: true, idempotencyKey: randomUUID() } },
        head,
        afterMs,
      );
      expect(verify.errors).toBeUndefined();
      const events = await api.database.db
        .selectFrom('hazard_event')
        .select('kind')
        .where('hazard_id', '=', hazardDbId)
        .orderBy('id')
        .execute();
      expect(events.map((e) => e.kind)).toEqual(['FOUND', 'RECTIFICATION_REPORTED', 'VERIFICATION_PASSED']);

      const admin = await api.login('admin');
      const name = `重试发起${afterMs}`;
      const launch = await droppedThenRetried(
        'mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }',
        {
          input: {
            name,
            kind: 'OTHER',
            endsAt: inDays(30),
            industries: ['NON_COAL_MINE'],
            idempotencyKey: randomUUID(),
          },
        },
        admin,
        afterMs,
      );
      expect(launch.errors).toBeUndefined();
      expect(await api.database.db.selectFrom('campaign').select('id').where('name', '=', name).execute()).toHaveLength(
        1,
      );
    });
  }
});

describe('racing transitions on one object leave exactly one winner', () => {
  it('eight concurrent submitInspection with different keys on one task', async () => {
    const staff = await api.login('emergency.staff');
    const head = await api.login('emergency.head');
    const task = await openTaskOf(api, campaign.dbId, 'emergency', 0);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api.gql(
          SUBMIT,
          {
            input: {
              taskId: task.id,
              inspectorCount: 1 + i,
              findings: [finding('GENERAL', `竞争${i}`)],
              idempotencyKey: randomUUID(),
            },
          },
          i % 2 ? staff : head,
        ),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(7);
    expect(
      await api.database.db.selectFrom('inspection').select('id').where('task_id', '=', task.dbId).execute(),
    ).toHaveLength(1);
  });

  it('eight concurrent rectification reports on one hazard, then eight acknowledgements of one escalation', async () => {
    const staff = await api.login('emergency.staff');
    const [hazardId = ''] = await inspect(
      api,
      (await openTaskOf(api, campaign.dbId, 'emergency', 0)).id,
      'emergency.staff',
      [finding('MAJOR', '竞争重大隐患')],
    );
    // A major hazard's report carries 五落实 and a photo: each racer has its evidence ready before the start.
    const evidence = await Promise.all(Array.from({ length: 8 }, () => majorRectification(api, staff)));
    const reports = await Promise.all(
      evidence.map((items, i) =>
        api.gql(REPORT, { input: { hazardId, measures: `措施${i}`, ...items, idempotencyKey: randomUUID() } }, staff),
      ),
    );
    expect(reports.filter((r) => !r.errors)).toHaveLength(1);
    expect(reports.filter((r) => codeOf(r) === 'CONFLICT')).toHaveLength(7);
    const hazardDbId = Number(Buffer.from(hazardId, 'base64').toString().split(':')[1]);
    await waitFor(
      async () =>
        (await api.database.db.selectFrom('escalation').select('id').where('hazard_id', '=', hazardDbId).execute())
          .length > 0,
      30_000,
      'listed supervision',
    );
    const escalation = await api.database.db
      .selectFrom('escalation')
      .select('id')
      .where('hazard_id', '=', hazardDbId)
      .executeTakeFirstOrThrow();
    const admin = await api.login('admin');
    const acks = await Promise.all(
      Array.from({ length: 8 }, () =>
        api.gql(
          'mutation($id: ID!) { acknowledgeEscalation(id: $id) { status } }',
          { id: api.gid('Escalation', escalation.id) },
          admin,
        ),
      ),
    );
    // The same person acknowledging twice gets the same answer; nothing is written twice.
    expect(acks.every((a) => !a.errors || codeOf(a) === 'CONFLICT')).toBe(true);
    const audits = await api.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'acknowledgeEscalation')
      .where('subject_id', '=', String(escalation.id))
      .execute();
    expect(audits).toHaveLength(1);
  });
});
