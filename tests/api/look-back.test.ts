// 回头看 over GraphQL: the county office draws a month (once), leaders and units read it, the township checks what a
// department closed — confirming one, reopening another —, the refusals change nothing, and the closing unit's
// false-rectification rate follows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGradingRepository } from '../../db/repositories/grading';
import { LOOK_BACK_REFUSALS, lookBackPeriod } from '../../domain/look-back';
import { codeOf, inDays } from '../support/api-fixtures';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { insertHazardRow } from '../support/hazard-rows';

let api: ApiEnv;
const DAY = 24 * 3_600_000;
const month = lookBackPeriod(new Date());
const closedIds: number[] = [];

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 120 });
  const db = api.database.db;
  const emergency = await api.orgId('emergency');
  const staff = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'emergency.staff')
    .executeTakeFirstOrThrow();
  const enterprises = await db
    .selectFrom('enterprise')
    .select(['id', 'regulator_id', 'township_id'])
    .where('regulator_id', '=', emergency)
    .orderBy('id')
    .limit(20)
    .execute();
  expect(enterprises).toHaveLength(20);
  for (const [i, enterprise] of enterprises.entries()) {
    const closedAt = new Date(month.start.getTime() + (i + 1) * 30 * 3_600_000);
    const id = await insertHazardRow(db, {
      enterprise,
      status: 'CLOSED',
      description: `第${i + 1}项已销号隐患：消防通道堆放杂物`,
      measures: '已清理',
      foundAt: new Date(closedAt.getTime() - 6 * DAY),
      rectifyBy: new Date(closedAt.getTime() - DAY),
      verifiedAt: closedAt,
    });
    await db
      .insertInto('hazard_event')
      .values({
        hazard_id: id,
        kind: 'VERIFICATION_PASSED',
        from_status: 'PENDING_VERIFICATION',
        to_status: 'CLOSED',
        actor_id: staff.id,
        event_key: `fixture-${id}:verify`,
        at: closedAt,
      })
      .execute();
    closedIds.push(id);
  }
  await db.insertInto('look_back_rule').values({ ratio: 0.1, verify_days: 10 }).execute();
}, 120_000);

afterAll(async () => {
  await api?.teardown();
});

const RUN = 'mutation($at: DateTime!) { runLookBack(periodStart: $at) { id month population drawn } }';
const LIST = `{ lookBacks(first: 5) { totalCount edges { node { id drawn judged notRectified
  items { hazardId enterpriseName closingUnit { name } assignee { id name } outcome task { id } } } } } }`;
const REOPEN = `mutation($h: ID!, $reason: String!, $by: DateTime!, $key: String) {
  reopenHazard(hazardId: $h, reason: $reason, newRectifyBy: $by, idempotencyKey: $key) { id status rectifyBy } }`;
const RATES = '{ falseRectificationRates { unit { name } drawn judged notRectified rate } }';

interface ListAnswer {
  lookBacks: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        drawn: number;
        judged: number;
        notRectified: number;
        items: {
          hazardId: string;
          enterpriseName: string;
          closingUnit: { name: string };
          assignee: { id: string; name: string };
          outcome: string | null;
          task: { id: string } | null;
        }[];
      };
    }[];
  };
}

async function counts() {
  const db = api.database.db;
  const n = async (table: 'look_back' | 'look_back_item' | 'task' | 'inspection' | 'hazard_event' | 'look_back_rule') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    lookBacks: await n('look_back'),
    items: await n('look_back_item'),
    tasks: await n('task'),
    inspections: await n('inspection'),
    events: await n('hazard_event'),
    rules: await n('look_back_rule'),
  };
}

/** The township account of a unit id (its code's `.staff`). */
async function townshipLogin(unitGid: string): Promise<string> {
  const id = Number(Buffer.from(unitGid, 'base64').toString('utf8').split(':')[1]);
  const unit = await api.database.db
    .selectFrom('org_unit')
    .select('code')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return api.login(`${unit.code}.staff`);
}

describe('回头看 over GraphQL', () => {
  let drawn: ListAnswer['lookBacks']['edges'][number]['node'];

  it('refuses a draw by anyone but the office, of a month not over, or not a month; and a rule outside 5–10 %', async () => {
    const admin = await api.login('admin');
    const before = await counts();
    expect(codeOf(await api.gql(RUN, { at: month.start.toISOString() }, await api.login('leader')))).toBe('FORBIDDEN');
    const future = await api.gql(RUN, { at: lookBackPeriod(new Date(Date.now() + 40 * DAY)).end.toISOString() }, admin);
    expect(future.errors?.[0]?.message).toBe(LOOK_BACK_REFUSALS.periodInFuture);
    expect(codeOf(await api.gql(RUN, { at: new Date(month.start.getTime() + DAY).toISOString() }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    const rule = await api.gql('mutation { setLookBackRule(ratio: 0.2, verifyDays: 10) { version } }', {}, admin);
    expect(rule.errors?.[0]).toMatchObject({
      message: LOOK_BACK_REFUSALS.ratioOutOfRange,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await counts()).toEqual(before);
  });

  it('draws last month once: 10 % of its 20 closed hazards, each for its township, read by leaders, not by enterprises', async () => {
    const admin = await api.login('admin');
    const first = await api.gql<{ runLookBack: { id: string; population: number; drawn: number } }>(
      RUN,
      { at: month.start.toISOString() },
      admin,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.runLookBack).toMatchObject({ population: 20, drawn: 2 });
    const again = await api.gql<{ runLookBack: { id: string } }>(RUN, { at: month.start.toISOString() }, admin);
    expect(again.data?.runLookBack.id).toBe(first.data?.runLookBack.id);
    const list = await api.gql<ListAnswer>(LIST, {}, await api.login('leader'));
    expect(list.data?.lookBacks.totalCount).toBe(1);
    const node = list.data?.lookBacks.edges[0]?.node;
    if (!node) throw new Error('no draw');
    drawn = node;
    expect(drawn.items).toHaveLength(2);
    expect(drawn.items.every((i) => i.closingUnit.name === '应急管理局' && i.assignee.name !== '应急管理局')).toBe(
      true,
    );
    expect(codeOf(await api.gql(LIST, {}, await api.login('enterprise2')))).toBe('FORBIDDEN');
  });

  it('lets the township confirm one and reopen the other; refuses everyone else and bad conclusions, changing nothing', async () => {
    const [confirm, reopen] = drawn.items as [(typeof drawn.items)[0], (typeof drawn.items)[0]];
    const township = await townshipLogin(reopen.assignee.id);
    // The township sees its check with the hazard as it was closed.
    const task = await api.gql<{
      node: { origin: string; lookBackCheck: { description: string; closingUnit: { name: string } } };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Task { origin lookBackCheck { description closingUnit { name } } } } }',
      { id: reopen.task?.id },
      township,
    );
    expect(task.data?.node).toMatchObject({
      origin: 'LOOK_BACK',
      lookBackCheck: { closingUnit: { name: '应急管理局' } },
    });

    const before = await counts();
    const refused = [
      // The unit that closed it may not judge its own work.
      await api.gql(
        REOPEN,
        { h: reopen.hazardId, reason: '未整改', by: inDays(10) },
        await api.login('emergency.staff'),
      ),
      await api.gql(REOPEN, { h: reopen.hazardId, reason: '   ', by: inDays(10) }, township),
      await api.gql(REOPEN, { h: reopen.hazardId, reason: '未整改', by: inDays(-1) }, township),
      // A closed hazard nobody drew is not reopened.
      await api.gql(
        REOPEN,
        {
          h: api.gid(
            'Hazard',
            closedIds.find((id) => !drawn.items.some((i) => i.hazardId === api.gid('Hazard', id))) ?? 0,
          ),
          reason: '未整改',
          by: inDays(10),
        },
        await api.login('admin'),
      ),
      // A look-back check needs its conclusion.
      await api.gql(
        'mutation($t: ID!) { submitInspection(input: { taskId: $t, inspectorCount: 2, findings: [] }) { id } }',
        { t: reopen.task?.id },
        township,
      ),
    ];
    expect(refused.map(codeOf)).toEqual([
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'FORBIDDEN',
      'BAD_USER_INPUT',
    ]);
    expect(refused[1]?.errors?.[0]?.message).toBe(LOOK_BACK_REFUSALS.reasonRequired);
    expect(refused[3]?.errors?.[0]?.message).toBe(LOOK_BACK_REFUSALS.reopenForbidden);
    expect(refused[4]?.errors?.[0]?.message).toBe(LOOK_BACK_REFUSALS.verdictRequired);
    expect(await counts()).toEqual(before);

    const by = inDays(15);
    const reopened = await api.gql<{ reopenHazard: { id: string; status: string; rectifyBy: string } }>(
      REOPEN,
      { h: reopen.hazardId, reason: '通道仍被杂物堵塞，整改不实', by, key: 'look-back-reopen-1' },
      township,
    );
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data?.reopenHazard).toMatchObject({ status: 'OPEN', rectifyBy: by });
    // A retried click answers the same; a second conclusion is refused.
    const retried = await api.gql<{ reopenHazard: { status: string } }>(
      REOPEN,
      { h: reopen.hazardId, reason: '通道仍被杂物堵塞，整改不实', by, key: 'look-back-reopen-1' },
      township,
    );
    expect(retried.data?.reopenHazard.status).toBe('OPEN');
    expect(codeOf(await api.gql(REOPEN, { h: reopen.hazardId, reason: '再次', by }, township))).toBe('CONFLICT');

    const confirmed = await api.gql(
      'mutation($t: ID!) { submitInspection(input: { taskId: $t, inspectorCount: 2, findings: [], lookBack: { rectified: true } }) { id } }',
      { t: confirm.task?.id },
      await townshipLogin(confirm.assignee.id),
    );
    expect(confirmed.errors).toBeUndefined();

    const rates = await api.gql<{
      falseRectificationRates: {
        unit: { name: string };
        drawn: number;
        judged: number;
        notRectified: number;
        rate: number;
      }[];
    }>(RATES, {}, await api.login('leader'));
    expect(rates.data?.falseRectificationRates).toEqual([
      { unit: { name: '应急管理局' }, drawn: 2, judged: 2, notRectified: 1, rate: 0.5 },
    ]);
    expect(codeOf(await api.gql(RATES, {}, await api.login('emergency.head')))).toBe('FORBIDDEN');
    // And the enterprise's record for grading counts its false rectification.
    const hazardId = Number(Buffer.from(reopen.hazardId, 'base64').toString('utf8').split(':')[1]);
    const { enterprise_id } = await api.database.db
      .selectFrom('hazard')
      .select('enterprise_id')
      .where('id', '=', hazardId)
      .executeTakeFirstOrThrow();
    const [record] = await createGradingRepository(api.database.db).recordsPage({
      windowStart: new Date(Date.now() - 365 * DAY),
      periodEnd: new Date(Date.now() + DAY),
      afterId: enterprise_id - 1,
      limit: 1,
    });
    expect(record?.record).toMatchObject({ enterpriseId: enterprise_id, falseRectifications: 1 });
  });
});
