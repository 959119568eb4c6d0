// 督导 over GraphQL (issue 18 §4): the county office launches a round over a department and a township; its workflow
// draws each unit's enterprises for a site check (the office's tasks, not announced to the township); the office's
// group checks one on site, the unit sees the finding rectified and reports it, and only the office verifies it (次日核查);
// the group checks each unit's ledgers once. The refusals change nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_ITEMS, SUPERVISION_ROUND_REFUSALS } from '../../domain/supervision-rounds';
import { codeOf, finding, inDays, MY_TASKS, REPORT, SUBMIT, VERIFY, waitForFanOut } from '../support/api-fixtures';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { startDemoSupervisionRound } from '../../server/demo-supervision';

let api: ApiEnv;
let emergency: number;
let township: { id: number; code: string };
let office: number;

const LAUNCH = `mutation($input: LaunchSupervisionInput!) { launchSupervision(input: $input) { id kind status } }`;
const ROUND = `query($id: ID!) { campaign(id: $id) { id kind supervisedUnits {
  unit { id name } sites siteChecks siteChecksDone hazardsFound hazardsAwaitingVerification hazardsClosed
  ledgerCheck { failed notes checkedByName items { code label passed note } } } } }`;
const LEDGER = `mutation($input: LedgerCheckInput!) { recordLedgerCheck(input: $input) {
  unit { id } ledgerCheck { failed items { code passed note } } } }`;

interface Target {
  unit: { id: string; name: string };
  sites: number;
  siteChecks: number;
  siteChecksDone: number;
  hazardsFound: number;
  hazardsAwaitingVerification: number;
  hazardsClosed: number;
  ledgerCheck: { failed: number; notes: string | null; items: { code: string; passed: boolean }[] } | null;
}

async function counts() {
  const db = api.database.db;
  const n = async (table: 'campaign' | 'task' | 'supervision_target' | 'hazard') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const checked = await db
    .selectFrom('supervision_target')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('ledger_checked_at', 'is not', null)
    .executeTakeFirstOrThrow();
  // Logins write audit rows too: count the changes' own.
  const audit = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('action', 'in', [
      'launchSupervision',
      'launchCampaign',
      'submitInspection',
      'verifyRectification',
      'recordLedgerCheck',
    ])
    .executeTakeFirstOrThrow();
  return {
    campaigns: await n('campaign'),
    tasks: await n('task'),
    targets: await n('supervision_target'),
    audit: Number(audit.n),
    // 督导's own notices: the workflows' (a hazard closed, a task reminded) arrive on their own time.
    notices: Number(
      (
        await db
          .selectFrom('notification')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('kind', 'like', 'SUPERVISION_%')
          .executeTakeFirstOrThrow()
      ).n,
    ),
    hazards: await n('hazard'),
    ledgerChecks: Number(checked.n),
  };
}

const ledger = (failed: Record<string, string> = {}) =>
  LEDGER_ITEMS.map((i) => ({ code: i.code, passed: !(i.code in failed), note: failed[i.code] ?? null }));

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 120 });
  const db = api.database.db;
  emergency = await api.orgId('emergency');
  office = (await db.selectFrom('org_unit').select('id').where('kind', '=', 'COUNTY_OFFICE').executeTakeFirstOrThrow())
    .id;
  township = await db
    .selectFrom('org_unit')
    .select(['id', 'code'])
    .where('kind', '=', 'TOWNSHIP')
    .orderBy('id')
    .executeTakeFirstOrThrow();
}, 120_000);

afterAll(async () => {
  await api?.teardown();
});

describe('督导 over GraphQL', () => {
  let roundId: string;
  let roundDbId: number;

  it('refuses a round by anyone but the office, without units, of the office itself, or with a bad sample; and a campaign of its kind', async () => {
    const admin = await api.login('admin');
    const before = await counts();
    const input = { name: '2026年12月安全生产督导检查', endsAt: inDays(20), unitIds: [api.gid('OrgUnit', emergency)] };
    const refused = [
      await api.gql(LAUNCH, { input }, await api.login('emergency.head')),
      await api.gql(LAUNCH, { input: { ...input, unitIds: [] } }, admin),
      await api.gql(LAUNCH, { input: { ...input, unitIds: [api.gid('OrgUnit', office)] } }, admin),
      await api.gql(LAUNCH, { input: { ...input, sitesPerUnit: 0 } }, admin),
      await api.gql(
        `mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }`,
        { input: { name: '督导', kind: 'SUPERVISION', endsAt: inDays(20) } },
        admin,
      ),
    ];
    expect(refused.map(codeOf)).toEqual([
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
    expect(refused.slice(1).map((r) => r.errors?.[0]?.message)).toEqual([
      SUPERVISION_ROUND_REFUSALS.noUnits,
      SUPERVISION_ROUND_REFUSALS.unknownUnit,
      SUPERVISION_ROUND_REFUSALS.sitesOutOfRange,
      SUPERVISION_ROUND_REFUSALS.notACampaign,
    ]);
    expect(await counts()).toEqual(before);
  });

  it('launches once per key and draws each unit’s own enterprises for the office, unannounced to the township', async () => {
    const admin = await api.login('admin');
    const input = {
      name: '2026年12月安全生产督导检查',
      endsAt: inDays(20),
      taskDueAt: inDays(10),
      unitIds: [api.gid('OrgUnit', emergency), api.gid('OrgUnit', township.id)],
      sitesPerUnit: 2,
      idempotencyKey: randomUUID(),
    };
    const first = await api.gql<{ launchSupervision: { id: string; kind: string; status: string } }>(
      LAUNCH,
      { input },
      admin,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.launchSupervision).toMatchObject({ kind: 'SUPERVISION', status: 'ACTIVE' });
    const again = await api.gql<{ launchSupervision: { id: string } }>(LAUNCH, { input }, admin);
    roundId = first.data?.launchSupervision.id ?? '';
    expect(again.data?.launchSupervision.id).toBe(roundId);
    roundDbId = Number(Buffer.from(roundId, 'base64').toString('utf8').split(':')[1]);
    await waitForFanOut(api, roundDbId);

    const tasks = await api.database.db
      .selectFrom('task')
      .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
      .select(['task.assignee_org_id', 'task.supervised_unit_id', 'enterprise.regulator_id', 'enterprise.township_id'])
      .where('task.campaign_id', '=', roundDbId)
      .execute();
    expect(tasks).toHaveLength(4);
    expect(tasks.every((t) => t.assignee_org_id === office)).toBe(true);
    expect(tasks.filter((t) => t.supervised_unit_id === emergency).every((t) => t.regulator_id === emergency)).toBe(
      true,
    );
    expect(tasks.filter((t) => t.supervised_unit_id === township.id).every((t) => t.township_id === township.id)).toBe(
      true,
    );
    expect(tasks.filter((t) => t.supervised_unit_id === township.id)).toHaveLength(2);

    const round = await api.gql<{ campaign: { supervisedUnits: Target[] } }>(ROUND, { id: roundId }, admin);
    expect(round.data?.campaign.supervisedUnits.map((t) => [t.sites, t.siteChecks, t.siteChecksDone])).toEqual([
      [2, 2, 0],
      [2, 2, 0],
    ]);
    // A unit reads its own row only; the township does not see the office's open site checks (随机抽查, unannounced).
    const own = await api.gql<{ campaign: { supervisedUnits: Target[] } }>(
      ROUND,
      { id: roundId },
      await api.login('emergency.staff'),
    );
    expect(own.data?.campaign.supervisedUnits.map((t) => t.unit.id)).toEqual([api.gid('OrgUnit', emergency)]);
    const inbox = await api.gql<{ myTasks: { edges: { node: { campaign: { id: string } | null } }[] } }>(
      MY_TASKS,
      { first: 200 },
      await api.login(`${township.code}.staff`),
    );
    expect(inbox.data?.myTasks.edges.filter((e) => e.node.campaign?.id === roundId)).toEqual([]);
  });

  it('lets only the office check on site; the unit sees the finding rectified; only the office verifies it', async () => {
    const admin = await api.login('admin');
    const [task] = await api.database.db
      .selectFrom('task')
      .select('id')
      .where('campaign_id', '=', roundDbId)
      .where('supervised_unit_id', '=', emergency)
      .orderBy('id')
      .execute();
    if (!task) throw new Error('no site check of 应急管理局');
    const input = {
      taskId: api.gid('Task', task.id),
      inspectorCount: 3,
      notes: '督导组随机抽查',
      findings: [finding('GENERAL', '配电室未配备绝缘手套和绝缘垫', 5)],
      idempotencyKey: randomUUID(),
    };
    const before = await counts();
    expect(codeOf(await api.gql(SUBMIT, { input }, await api.login('emergency.staff')))).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);

    const checked = await api.gql<{ submitInspection: { hazards: { id: string; status: string }[] } }>(
      SUBMIT,
      { input },
      admin,
    );
    expect(checked.errors).toBeUndefined();
    const hazardId = checked.data?.submitInspection.hazards[0]?.id ?? '';
    const hazard = await api.gql<{ node: { regulator: { id: string }; verifierUnit: { id: string } } }>(
      'query($id: ID!) { node(id: $id) { ... on Hazard { regulator { id } verifierUnit { id } } } }',
      { id: hazardId },
      admin,
    );
    expect(hazard.data?.node).toEqual({
      regulator: { id: api.gid('OrgUnit', emergency) },
      verifierUnit: { id: api.gid('OrgUnit', office) },
    });
    const notices = await api.database.db
      .selectFrom('notification')
      .select('kind')
      .where('org_unit_id', '=', emergency)
      .where('kind', '=', 'SUPERVISION_SITE_FINDING')
      .execute();
    expect(notices).toHaveLength(1);

    const unit = await api.login('emergency.staff');
    const reported = await api.gql<{ reportRectification: { status: string } }>(
      REPORT,
      { input: { hazardId, measures: '已配备绝缘手套、绝缘垫并张贴操作规程', idempotencyKey: randomUUID() } },
      unit,
    );
    expect(reported.errors).toBeUndefined();
    expect(reported.data?.reportRectification.status).toBe('PENDING_VERIFICATION');
    const toVerify = await api.database.db
      .selectFrom('notification')
      .select('org_unit_id')
      .where('subject_type', '=', 'Hazard')
      .where('kind', '=', 'RECTIFICATION_REPORTED')
      .where('subject_id', '=', Number(Buffer.from(hazardId, 'base64').toString('utf8').split(':')[1]))
      .execute();
    expect(toVerify).toEqual([{ org_unit_id: office }]);

    const midway = await counts();
    const byUnit = await api.gql(VERIFY, { input: { hazardId, passed: true } }, await api.login('emergency.head'));
    expect(byUnit.errors?.[0]).toMatchObject({
      message: SUPERVISION_ROUND_REFUSALS.verifierIsCountyOffice,
      extensions: { code: 'FORBIDDEN' },
    });
    expect(codeOf(await api.gql(VERIFY, { input: { hazardId, passed: true } }, await api.login('leader')))).toBe(
      'FORBIDDEN',
    );
    expect(await counts()).toEqual(midway);

    const verified = await api.gql<{ verifyRectification: { status: string } }>(
      VERIFY,
      { input: { hazardId, passed: true, comment: '次日核查：已整改到位', idempotencyKey: randomUUID() } },
      admin,
    );
    expect(verified.errors).toBeUndefined();
    expect(verified.data?.verifyRectification.status).toBe('CLOSED');

    const round = await api.gql<{ campaign: { supervisedUnits: Target[] } }>(ROUND, { id: roundId }, admin);
    expect(round.data?.campaign.supervisedUnits.find((t) => t.unit.id === api.gid('OrgUnit', emergency))).toMatchObject(
      { siteChecksDone: 1, hazardsFound: 1, hazardsAwaitingVerification: 0, hazardsClosed: 1 },
    );
  });

  it('records a unit’s ledger check once, tells the unit what failed, and refuses a bad or second check', async () => {
    const admin = await api.login('admin');
    const unitId = api.gid('OrgUnit', township.id);
    const base = { campaignId: roundId, unitId };
    const before = await counts();
    const refused = [
      await api.gql(LEDGER, { input: { ...base, items: ledger() } }, await api.login(`${township.code}.head`)),
      await api.gql(LEDGER, { input: { ...base, items: ledger().slice(1) } }, admin),
      await api.gql(LEDGER, { input: { ...base, items: ledger({ TRAINING: '  ' }) } }, admin),
      await api.gql(LEDGER, { input: { ...base, unitId: api.gid('OrgUnit', office), items: ledger() } }, admin),
    ];
    expect(refused.map(codeOf)).toEqual(['FORBIDDEN', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(refused.slice(1).map((r) => r.errors?.[0]?.message)).toEqual([
      SUPERVISION_ROUND_REFUSALS.ledgerIncomplete,
      SUPERVISION_ROUND_REFUSALS.ledgerFailedNeedsNote,
      SUPERVISION_ROUND_REFUSALS.notTarget,
    ]);
    expect(await counts()).toEqual(before);

    const items = ledger({ TRAINING: '2026年无培训记录', HAZARD_LEDGER: '3项隐患无核查销号记录' });
    const recorded = await api.gql<{ recordLedgerCheck: { ledgerCheck: { failed: number } } }>(
      LEDGER,
      { input: { ...base, items, notes: '台账总体较完整' } },
      admin,
    );
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordLedgerCheck.ledgerCheck.failed).toBe(2);
    const after = await counts();
    expect(after).toMatchObject({ ledgerChecks: 1, audit: before.audit + 1, notices: before.notices + 1 });
    const notice = await api.database.db
      .selectFrom('notification')
      .select(['title', 'body'])
      .where('org_unit_id', '=', township.id)
      .where('kind', '=', 'SUPERVISION_LEDGER_PROBLEMS')
      .executeTakeFirstOrThrow();
    expect(notice.body).toContain('2026年无培训记录');

    // The same check again (a retried request) answers the same; a different one is refused.
    const retried = await api.gql(LEDGER, { input: { ...base, items, notes: '台账总体较完整' } }, admin);
    expect(retried.errors).toBeUndefined();
    expect(codeOf(await api.gql(LEDGER, { input: { ...base, items: ledger() } }, admin))).toBe('CONFLICT');
    expect(await counts()).toEqual(after);

    const round = await api.gql<{ campaign: { supervisedUnits: Target[] } }>(
      ROUND,
      { id: roundId },
      await api.login(`${township.code}.staff`),
    );
    expect(round.data?.campaign.supervisedUnits).toHaveLength(1);
    expect(round.data?.campaign.supervisedUnits[0]?.ledgerCheck).toMatchObject({ failed: 2, notes: '台账总体较完整' });
  });

  it('gives the demo county a round under way, once: a ledger check, a finding reported and waiting for the office', async () => {
    const deps = { db: api.database.db, client: api.env.client, taskQueue: api.taskQueue };
    const id = await startDemoSupervisionRound(deps);
    const round = await api.gql<{ campaign: { supervisedUnits: Target[] } }>(
      ROUND,
      { id: api.gid('Campaign', id) },
      await api.login('admin'),
    );
    const targets = round.data?.campaign.supervisedUnits ?? [];
    expect(targets).toHaveLength(5);
    expect(targets.filter((t) => t.ledgerCheck !== null).map((t) => t.ledgerCheck?.failed)).toEqual([2]);
    expect(targets.reduce((n, t) => n + t.hazardsAwaitingVerification, 0)).toBe(1);
    const before = await counts();
    expect(await startDemoSupervisionRound(deps)).toBe(id);
    expect(await counts()).toEqual(before);
  });
});
