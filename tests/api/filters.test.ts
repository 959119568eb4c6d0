// The filters behind the leader's drill-downs, over HTTP: the registry by grade and list, the ledger by the period
// a hazard was found in, and the inspections behind the "inspections" figure; each within the viewer's scope,
// each refusing an implausible date in words. Rows are written at chosen instants (no workflow engine needed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf } from '../support/api-fixtures';
import { startReadApi, type EnterpriseRef, type ReadApi } from '../support/read-api';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const iso = (days: number) => ago(days).toISOString();

let api: ReadApi;
let chemicals: number;
let gas: number;
// a = emergency's, b = housing's; the number is how many days ago it was inspected.
type InspectionKey = 'a40' | 'a10' | 'a2' | 'b5' | 'b20';
const inspected = new Map<InspectionKey, { id: number; enterprise: EnterpriseRef }>();
const inspection = (key: InspectionKey) => {
  const found = inspected.get(key);
  if (!found) throw new Error(`inspection ${key} was not written`);
  return found;
};
const hazards: Record<'a30' | 'a12' | 'a3' | 'b8' | 'aOld', number> = { a30: 0, a12: 0, a3: 0, b8: 0, aOld: 0 };
const BULK = 40;

const INSPECTIONS = `query($filter: InspectionFilter, $first: Int, $after: String) {
  inspections(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id inspectedAt inspectorCount enterprise { name township { code } } task { campaign { id name } assignee { code } } hazards { id level } } }
  }
}`;
type InspectionPage = {
  inspections: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        inspectedAt: string;
        inspectorCount: number;
        enterprise: { name: string; township: { code: string } };
        task: { campaign: { id: string; name: string }; assignee: { code: string } };
        hazards: { id: string; level: string }[];
      };
    }[];
  };
};

async function inspectionIds(filter: Record<string, unknown>, username = 'admin'): Promise<string[]> {
  const result = await api.gql<InspectionPage>(INSPECTIONS, { filter, first: 100 }, await api.login(username));
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  const page = result.data?.inspections;
  expect(page?.totalCount).toBe(page?.edges.length);
  return page?.edges.map((e) => e.node.id) ?? [];
}

const HAZARDS =
  'query($filter: HazardFilter) { hazards(filter: $filter, first: 200) { totalCount edges { node { id foundAt } } } }';

async function hazardIds(filter: Record<string, unknown>, username = 'admin'): Promise<string[]> {
  const result = await api.gql<{ hazards: { totalCount: number; edges: { node: { id: string } }[] } }>(
    HAZARDS,
    { filter },
    await api.login(username),
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data?.hazards.totalCount).toBe(result.data?.hazards.edges.length);
  return result.data?.hazards.edges.map((e) => e.node.id) ?? [];
}

const gidOf = (type: string) => (id: number) => api.gid(type, id);

beforeAll(async () => {
  api = await startReadApi('wss_filters');
  chemicals = await api.insertCampaign('危险化学品安全专项整治');
  gas = await api.insertCampaign('城镇燃气安全排查整治');
  const emergency = await api.enterprisesOf('emergency');
  const housing = await api.enterprisesOf('housing');
  const pick = (list: EnterpriseRef[], index: number) => {
    const found = list[index];
    if (!found) throw new Error(`the demo county needs more enterprises (index ${index})`);
    return found;
  };
  const add = async (
    key: InspectionKey,
    campaign: number,
    enterprise: EnterpriseRef,
    daysAgo: number,
    people: number,
  ) => {
    inspected.set(key, {
      id: (await api.insertInspection(campaign, enterprise, ago(daysAgo), people)).inspectionId,
      enterprise,
    });
  };
  await add('a40', chemicals, pick(emergency, 0), 40, 3);
  await add('a10', chemicals, pick(emergency, 1), 10, 2);
  await add('a2', gas, pick(emergency, 2), 2, 4);
  await add('b5', gas, pick(housing, 0), 5, 2);
  await add('b20', chemicals, pick(housing, 1), 20, 5);
  const hazard = (
    enterprise: EnterpriseRef,
    daysAgo: number,
    inspectionId: number | null,
    level: 'GENERAL' | 'MAJOR' = 'GENERAL',
  ) =>
    api.insertHazard({
      enterprise,
      campaignId: chemicals,
      inspectionId,
      level,
      foundAt: ago(daysAgo),
      rectifyBy: ago(daysAgo - 30),
    });
  hazards.a30 = await hazard(pick(emergency, 0), 30, null);
  hazards.a12 = await hazard(pick(emergency, 1), 12, null, 'MAJOR');
  hazards.a3 = await hazard(pick(emergency, 2), 3, inspection('a2').id);
  hazards.b8 = await hazard(pick(housing, 0), 8, inspection('b5').id);
  // Found long ago: outside any window the filters below may name, but in the unfiltered ledger.
  hazards.aOld = await hazard(pick(emergency, 3), 500, null);
});
afterAll(async () => {
  await api?.close();
});

describe('enterprises(filter: { grade, listStatus })', () => {
  const REGISTRY =
    'query($filter: EnterpriseFilter) { enterprises(filter: $filter, first: 200) { totalCount edges { node { grade listStatus township { code } } } } }';
  type Registry = {
    enterprises: {
      totalCount: number;
      edges: { node: { grade: string; listStatus: string; township: { code: string } } }[];
    };
  };

  it('filters by grade and by red or black list, alone and together, as counted in SQL', async () => {
    const admin = await api.login('admin');
    const counted = async (where: { grade?: 'GOOD' | 'FAIR' | 'POOR'; list?: 'NONE' | 'RED' | 'BLACK' }) => {
      let query = api.db.selectFrom('enterprise').select((eb) => eb.fn.countAll<number>().as('n'));
      if (where.grade) query = query.where('grade', '=', where.grade);
      if (where.list) query = query.where('list_status', '=', where.list);
      return Number((await query.executeTakeFirstOrThrow()).n);
    };
    for (const [filter, where] of [
      [{ grade: 'POOR' }, { grade: 'POOR' }],
      [{ grade: 'GOOD' }, { grade: 'GOOD' }],
      [{ listStatus: 'RED' }, { list: 'RED' }],
      [{ listStatus: 'BLACK' }, { list: 'BLACK' }],
      [
        { grade: 'GOOD', listStatus: 'RED' },
        { grade: 'GOOD', list: 'RED' },
      ],
      [
        { grade: 'POOR', listStatus: 'NONE' },
        { grade: 'POOR', list: 'NONE' },
      ],
    ] as const) {
      const result = await api.gql<Registry>(REGISTRY, { filter }, admin);
      expect(result.errors, JSON.stringify(filter)).toBeUndefined();
      const expected = await counted(where);
      expect(expected, `the demo county has enterprises with ${JSON.stringify(where)}`).toBeGreaterThan(0);
      expect(result.data?.enterprises.totalCount, JSON.stringify(filter)).toBe(expected);
      for (const { node } of result.data?.enterprises.edges ?? []) {
        if ('grade' in filter) expect(node.grade).toBe(filter.grade);
        if ('listStatus' in filter) expect(node.listStatus).toBe(filter.listStatus);
      }
    }
  });

  it("never widens a township's scope, and refuses a grade that does not exist", async () => {
    const unit = await api.db
      .selectFrom('enterprise')
      .innerJoin('org_unit', 'org_unit.id', 'enterprise.township_id')
      .select(['org_unit.code', 'org_unit.id'])
      .where('enterprise.list_status', '=', 'BLACK')
      .orderBy('enterprise.id')
      .executeTakeFirstOrThrow();
    const result = await api.gql<Registry>(
      REGISTRY,
      { filter: { listStatus: 'BLACK' } },
      await api.login(`${unit.code}.staff`),
    );
    const inTownship = await api.db
      .selectFrom('enterprise')
      .select('id')
      .where('township_id', '=', unit.id)
      .where('list_status', '=', 'BLACK')
      .execute();
    expect(result.data?.enterprises.totalCount).toBe(inTownship.length);
    expect(
      result.data?.enterprises.edges.every((e) => e.node.township.code === unit.code && e.node.listStatus === 'BLACK'),
    ).toBe(true);
    expect(codeOf(await api.gql(REGISTRY, { filter: { grade: 'EXCELLENT' } }, await api.login('admin')))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('hazards(filter: { foundFrom, foundTo })', () => {
  it('keeps the hazards found in [foundFrom, foundTo), either end open, with the other filters', async () => {
    const g = gidOf('Hazard');
    expect(await hazardIds({ foundFrom: iso(15), foundTo: iso(1) })).toEqual([
      g(hazards.a3),
      g(hazards.b8),
      g(hazards.a12),
    ]);
    expect(await hazardIds({ foundFrom: iso(10) })).toEqual([g(hazards.a3), g(hazards.b8)]);
    expect(await hazardIds({ foundTo: iso(20) })).toEqual([g(hazards.a30), g(hazards.aOld)]);
    expect(await hazardIds({ foundFrom: iso(15), level: 'MAJOR' })).toEqual([g(hazards.a12)]);
    // The window's start is inclusive and its end exclusive, as the dashboard counts.
    const [a12] = await api.db.selectFrom('hazard').select('found_at').where('id', '=', hazards.a12).execute();
    const at = a12?.found_at.toISOString();
    expect(await hazardIds({ foundFrom: at, foundTo: iso(11) })).toEqual([g(hazards.a12)]);
    expect(await hazardIds({ foundFrom: iso(13), foundTo: at })).toEqual([]);
  });

  it("cuts within the viewer's scope: a regulator's window holds only its own hazards", async () => {
    const g = gidOf('Hazard');
    expect(await hazardIds({ foundFrom: iso(15) }, 'emergency.staff')).toEqual([g(hazards.a3), g(hazards.a12)]);
    expect(await hazardIds({ foundFrom: iso(15) }, 'housing.staff')).toEqual([g(hazards.b8)]);
  });

  it('refuses a far, reversed or zone-less date with BAD_USER_INPUT in words', async () => {
    const admin = await api.login('admin');
    for (const [filter, words] of [
      [{ foundFrom: iso(21 * 366) }, '发现时间的起点不能早于20年之前'],
      [{ foundTo: '2090-01-01T00:00:00+08:00' }, '发现时间的终点不能晚于2年之后'],
      [{ foundFrom: iso(3), foundTo: iso(5) }, '发现时间的起点应早于终点'],
      [{ foundFrom: '2026-03-01' }, 'ISO-8601'],
    ] as const) {
      const result = await api.gql(HAZARDS, { filter }, admin);
      expect(codeOf(result), JSON.stringify(filter)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(words);
    }
    // Last year's ledger stays reachable: filters look back further than dates being entered.
    expect(
      (await api.gql(HAZARDS, { filter: { foundFrom: iso(400), foundTo: iso(300) } }, admin)).errors,
    ).toBeUndefined();
  });
});

describe('inspections(filter:, first:, after:)', () => {
  const g = (key: InspectionKey) => api.gid('Inspection', inspection(key).id);

  it('lists every inspection the latest first, with its enterprise, task, campaign, regulator and hazards', async () => {
    const admin = await api.login('admin');
    const result = await api.gql<InspectionPage>(INSPECTIONS, { first: 10 }, admin);
    expect(result.errors).toBeUndefined();
    const page = result.data?.inspections;
    expect(page?.totalCount).toBe(5);
    expect(page?.edges.map((e) => e.node.id)).toEqual([g('a2'), g('b5'), g('a10'), g('b20'), g('a40')]);
    expect(page?.edges[0]?.node).toMatchObject({
      inspectorCount: 4,
      enterprise: { name: inspection('a2').enterprise.name },
      task: { campaign: { name: '城镇燃气安全排查整治' }, assignee: { code: 'emergency' } },
      hazards: [{ id: api.gid('Hazard', hazards.a3), level: 'GENERAL' }],
    });
    const first = await api.gql<InspectionPage>(INSPECTIONS, { first: 2 }, admin);
    expect(first.data?.inspections.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql<InspectionPage>(
      INSPECTIONS,
      { first: 2, after: first.data?.inspections.pageInfo.endCursor },
      admin,
    );
    expect(next.data?.inspections.edges.map((e) => e.node.id)).toEqual([g('a10'), g('b20')]);
  });

  it('filters by campaign, regulator, township and the period inspected in', async () => {
    const emergency = api.gid('OrgUnit', await api.orgId('emergency'));
    const housing = api.gid('OrgUnit', await api.orgId('housing'));
    expect(await inspectionIds({ campaignId: api.gid('Campaign', chemicals) })).toEqual([g('a10'), g('b20'), g('a40')]);
    expect(await inspectionIds({ regulatorId: housing })).toEqual([g('b5'), g('b20')]);
    expect(await inspectionIds({ regulatorId: emergency, campaignId: api.gid('Campaign', gas) })).toEqual([g('a2')]);
    expect(await inspectionIds({ inspectedFrom: iso(25), inspectedTo: iso(4) })).toEqual([g('b5'), g('a10'), g('b20')]);
    expect(await inspectionIds({ inspectedTo: iso(30) })).toEqual([g('a40')]);
    const township = inspection('b20').enterprise.township_id;
    const expected = [...inspected]
      .filter(([, row]) => row.enterprise.township_id === township)
      .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
      .map(([key]) => g(key));
    expect(await inspectionIds({ townshipId: api.gid('OrgUnit', township) })).toEqual(expected);
  });

  it("counts what the dashboard's inspections figure counts for the same campaign and period", async () => {
    const admin = await api.login('admin');
    const filter = { campaignId: api.gid('Campaign', chemicals), from: iso(30) };
    const dash = await api.gql<{ dashboard: { inspections: number } }>(
      'query($f: DashboardFilter) { dashboard(filter: $f) { inspections } }',
      { f: filter },
      admin,
    );
    const list = await inspectionIds({ campaignId: filter.campaignId, inspectedFrom: filter.from });
    expect(dash.data?.dashboard.inspections).toBe(2);
    expect(list).toHaveLength(2);
  });

  it("regulator A never sees B's inspections, through the list, a filter or node(id:); a township sees those at its enterprises", async () => {
    const housing = api.gid('OrgUnit', await api.orgId('housing'));
    expect(await inspectionIds({}, 'emergency.staff')).toEqual([g('a2'), g('a10'), g('a40')]);
    expect(await inspectionIds({ regulatorId: housing }, 'emergency.head')).toEqual([]);
    expect(await inspectionIds({}, 'housing.staff')).toEqual([g('b5'), g('b20')]);
    const b = await api.gql<{ node: unknown }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id: g('b5') },
      await api.login('emergency.staff'),
    );
    expect(b.errors).toBeUndefined();
    expect(b.data?.node).toBeNull();
    const townshipId = inspection('b5').enterprise.township_id;
    const code = (
      await api.db.selectFrom('org_unit').select('code').where('id', '=', townshipId).executeTakeFirstOrThrow()
    ).code;
    const seen = await api.gql<InspectionPage>(INSPECTIONS, { first: 100 }, await api.login(`${code}.staff`));
    expect(seen.data?.inspections.edges.map((e) => e.node.id)).toContain(g('b5'));
    expect(seen.data?.inspections.edges.every((e) => e.node.enterprise.township.code === code)).toBe(true);
  });

  it('refuses bad input with BAD_USER_INPUT and an anonymous caller with UNAUTHENTICATED', async () => {
    const admin = await api.login('admin');
    for (const filter of [
      { inspectedFrom: iso(21 * 366) },
      { inspectedTo: '2090-01-01T00:00:00Z' },
      { inspectedFrom: iso(1), inspectedTo: iso(2) },
      { campaignId: 'not-an-id' },
      { regulatorId: api.gid('Campaign', chemicals) },
    ]) {
      const result = await api.gql(INSPECTIONS, { filter }, admin);
      expect(codeOf(result), JSON.stringify(filter)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/[\u4e00-\u9fa5]/u);
    }
    expect(codeOf(await api.gql(INSPECTIONS, { first: 201 }, admin))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(INSPECTIONS, {}))).toBe('UNAUTHENTICATED');
  });

  it('a page of 50 with nested fields runs as many statements as a page of 5 (dataloaders, no N+1)', async () => {
    const [campaign, enterprises] = [await api.insertCampaign('批量检查'), await api.enterprisesOf('emergency')];
    for (const enterprise of enterprises.slice(4, 4 + BULK)) await api.insertInspection(campaign, enterprise, ago(1));
    const admin = await api.login('admin');
    const statements = async (first: number) => {
      api.queries.count = 0;
      const result = await api.gql<InspectionPage>(INSPECTIONS, { first }, admin);
      expect(result.errors).toBeUndefined();
      expect(result.data?.inspections.edges).toHaveLength(first);
      return api.queries.count;
    };
    const few = await statements(5);
    const many = await statements(Math.min(50, 5 + BULK));
    expect(many).toBeLessThanOrEqual(few + 1);
    expect(many).toBeLessThanOrEqual(14);
  });
});
