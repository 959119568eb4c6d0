// The hazard ledger download: a real xlsx, one line per visible hazard, filtered, refused cleanly, audited.
import { encodeGlobalID } from '@pothos/plugin-relay';
import ExcelJS from 'exceljs';
import type { Insertable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HazardFilter } from '../../db/repositories/hazards';
import type { HazardTable } from '../../db/schema';
import { INDUSTRY_NAMES_ZH } from '../../domain/regulators';
import { startDownloadFixture, type DownloadFixture, type Enterprise } from '../support/downloads';

const NOW = new Date('2026-03-20T10:00:00+08:00');
const HEADERS = [
  '序号',
  '隐患编号',
  '企业名称',
  '统一社会信用代码',
  '行业类别',
  '所属乡镇',
  '监管部门',
  '专项行动',
  '隐患等级',
  '隐患描述',
  '隐患位置',
  '发现时间',
  '整改期限',
  '状态',
  '整改措施',
  '核查时间',
];
const BULK = 1200;

type Cell = ExcelJS.CellValue;

let fx: DownloadFixture;
let chemicals: number;
let gas: number;
let bulk: number;
let e1: Enterprise;
let e2: Enterprise;
let h1: Enterprise;
const ids: Record<'overdueOpen' | 'pending' | 'closed' | 'housingMajor' | 'housingLoose', number> = {
  overdueOpen: 0,
  pending: 0,
  closed: 0,
  housingMajor: 0,
  housingLoose: 0,
};

async function ledger(query: string, username: string): Promise<{ response: Response; rows: Cell[][] }> {
  const response = await fx.get(`/exports/hazards.xlsx${query}`, (await fx.login(username)).token);
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.getWorksheet('隐患台账');
  if (!sheet) throw new Error('the workbook has no 隐患台账 sheet');
  const rows: Cell[][] = [];
  sheet.eachRow((row) => rows.push(HEADERS.map((_, i) => row.getCell(i + 1).value)));
  return { response, rows };
}

/** The 隐患编号 column of the data lines. */
const hazardIds = (rows: Cell[][]) => rows.slice(1).map((r) => r[1]);

beforeAll(async () => {
  fx = await startDownloadFixture('wss_ledger', () => NOW);
  const emergency = await fx.enterprisesOf('emergency');
  const housing = await fx.enterprisesOf('housing');
  const [first, second] = emergency;
  const [firstHousing] = housing;
  if (!first || !second || !firstHousing)
    throw new Error('the demo county needs two enterprises of emergency and one of housing');
  [e1, e2, h1] = [first, second, firstHousing];
  chemicals = await fx.insertCampaign('危险化学品安全专项整治');
  gas = await fx.insertCampaign('城镇燃气安全排查整治');
  bulk = await fx.insertCampaign('百日攻坚行动');
  const day = (text: string) => new Date(`${text}+08:00`);
  ids.overdueOpen = await fx.insertHazard({
    enterprise: e1,
    campaignId: chemicals,
    location: '储罐区',
    foundAt: day('2026-03-03T10:30:00'),
    rectifyBy: day('2026-03-15T18:00:00'),
  });
  ids.pending = await fx.insertHazard({
    enterprise: e1,
    campaignId: chemicals,
    level: 'MAJOR',
    status: 'PENDING_VERIFICATION',
    description: '储罐区未设置紧急切断装置',
    foundAt: day('2026-03-04T09:00:00'),
    rectifyBy: day('2026-03-30T18:00:00'),
    measures: '已加装紧急切断阀并完成联调',
  });
  ids.closed = await fx.insertHazard({
    enterprise: e2,
    campaignId: chemicals,
    status: 'CLOSED',
    foundAt: day('2026-03-02T14:00:00'),
    rectifyBy: day('2026-03-10T18:00:00'),
    measures: '已更换灭火器',
    verifiedAt: day('2026-03-09T16:05:00'),
  });
  ids.housingMajor = await fx.insertHazard({
    enterprise: h1,
    campaignId: gas,
    level: 'MAJOR',
    description: '燃气管道穿越卧室',
    foundAt: day('2026-03-05T11:00:00'),
    rectifyBy: day('2026-03-18T18:00:00'),
  });
  ids.housingLoose = await fx.insertHazard({
    enterprise: h1,
    foundAt: day('2026-03-06T08:00:00'),
    rectifyBy: day('2026-04-01T18:00:00'),
  });
  const many: Insertable<HazardTable>[] = Array.from({ length: BULK }, (_, i) => ({
    campaign_id: bulk,
    enterprise_id: e2.id,
    regulator_id: e2.regulator_id,
    township_id: e2.township_id,
    level: 'GENERAL',
    description: `第${i + 1}项隐患`,
    found_at: day('2026-03-07T08:00:00'),
    rectify_by: day('2026-04-07T18:00:00'),
  }));
  await fx.db.insertInto('hazard').values(many).execute();
});

afterAll(async () => {
  await fx?.close();
});

describe('GET /exports/hazards.xlsx', () => {
  it('gives the admin every hazard as a Chinese ledger, one line each, with download headers', async () => {
    const { response, rows } = await ledger('', 'admin');
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="hazard-ledger.xlsx"; filename*=UTF-8''${encodeURIComponent('隐患台账-20260320.xlsx')}`,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(rows[0]).toEqual(HEADERS);
    expect(rows).toHaveLength(1 + 5 + BULK);
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 5 + BULK }, (_, i) => i + 1));
    expect(hazardIds(rows).slice(0, 5)).toEqual(Object.values(ids));

    const e1Row = await fx.db
      .selectFrom('enterprise')
      .innerJoin('org_unit', 'org_unit.id', 'enterprise.township_id')
      .select(['enterprise.industry', 'org_unit.name as township'])
      .where('enterprise.id', '=', e1.id)
      .executeTakeFirstOrThrow();
    expect(rows[1]).toEqual([
      1,
      ids.overdueOpen,
      e1.name,
      e1.uscc,
      INDUSTRY_NAMES_ZH[e1Row.industry],
      e1Row.township,
      '应急管理局',
      '危险化学品安全专项整治',
      '一般',
      '灭火器过期未更换',
      '储罐区',
      '2026-03-03 10:30',
      '2026-03-15 18:00',
      '待整改（逾期）',
      null,
      null,
    ]);
    expect(rows[2]?.slice(8)).toEqual([
      '重大',
      '储罐区未设置紧急切断装置',
      null,
      '2026-03-04 09:00',
      '2026-03-30 18:00',
      '待核查',
      '已加装紧急切断阀并完成联调',
      null,
    ]);
    // Closed after its deadline passed: no longer overdue.
    expect(rows[3]?.slice(12)).toEqual(['2026-03-10 18:00', '已销号', '已更换灭火器', '2026-03-09 16:05']);
    expect(rows[4]?.slice(6, 9)).toEqual(['住房和城乡建设局', '城镇燃气安全排查整治', '重大']);
    expect(rows[4]?.[13]).toBe('待整改（逾期）');
    expect(rows[5]?.[7]).toBeNull();
  });

  it('gives a regulator only its own hazards, and a township only those in it', async () => {
    const asEmergency = await ledger('', 'emergency.staff');
    expect(hazardIds(asEmergency.rows)).toHaveLength(3 + BULK);
    expect(hazardIds(asEmergency.rows)).not.toContain(ids.housingMajor);
    expect(hazardIds((await ledger('', 'housing.head')).rows)).toEqual([ids.housingMajor, ids.housingLoose]);

    const township = await fx.orgCode(h1.township_id);
    const inTownship = await fx.db
      .selectFrom('hazard')
      .select('id')
      .where('township_id', '=', h1.township_id)
      .orderBy('id')
      .execute();
    expect(hazardIds((await ledger('', `${township}.staff`)).rows)).toEqual(inTownship.map((h) => h.id));
  });

  it('filters by status, level, overdue, campaign, regulator and township', async () => {
    const housing = encodeGlobalID('OrgUnit', await fx.orgId('housing'));
    const cases: [string, number[]][] = [
      [
        '?status=OPEN,PENDING_VERIFICATION&campaignId=' + encodeGlobalID('Campaign', chemicals),
        [ids.overdueOpen, ids.pending],
      ],
      ['?level=MAJOR', [ids.pending, ids.housingMajor]],
      ['?overdue=true', [ids.overdueOpen, ids.housingMajor]],
      ['?overdue=false&level=GENERAL&status=CLOSED', [ids.closed]],
      [`?regulatorId=${housing}&status=`, [ids.housingMajor, ids.housingLoose]],
      [`?townshipId=${encodeGlobalID('OrgUnit', e1.township_id)}&level=MAJOR`, [ids.pending]],
      [`?campaignId=${encodeGlobalID('Campaign', gas)}`, [ids.housingMajor]],
    ];
    for (const [query, expected] of cases)
      expect(hazardIds((await ledger(query, 'admin')).rows), query).toEqual(expected);
    // The period a drill-down came from: found in [foundFrom, foundTo), either end open.
    const at = (text: string) => encodeURIComponent(`${text}+08:00`);
    const periods: [string, number[]][] = [
      [`?foundFrom=${at('2026-03-03T00:00:00')}&foundTo=${at('2026-03-05T00:00:00')}`, [ids.overdueOpen, ids.pending]],
      [
        `?foundFrom=${at('2026-03-04T09:00:00')}&foundTo=${at('2026-03-06T08:00:00')}&level=MAJOR`,
        [ids.pending, ids.housingMajor],
      ],
      [`?foundTo=${at('2026-03-03T10:30:00')}`, [ids.closed]],
      [`?foundFrom=${at('2026-03-06T00:00:00')}&campaignId=${encodeGlobalID('Campaign', gas)}`, []],
    ];
    for (const [query, expected] of periods)
      expect(hazardIds((await ledger(query, 'admin')).rows), query).toEqual(expected);
    expect(hazardIds((await ledger(`?foundFrom=${at('2026-03-07T00:00:00')}`, 'housing.head')).rows)).toEqual([]);
    // A filter never widens a scope.
    expect(hazardIds((await ledger(`?regulatorId=${housing}`, 'emergency.staff')).rows)).toEqual([]);
    expect(hazardIds((await ledger(`?campaignId=${encodeGlobalID('Campaign', bulk)}`, 'leader')).rows)).toHaveLength(
      BULK,
    );
  });

  it('answers 400 to a malformed id or value, and 401 without a login', async () => {
    const admin = (await fx.login('admin')).token;
    for (const query of [
      '?campaignId=not-an-id',
      `?campaignId=${encodeGlobalID('OrgUnit', chemicals)}`,
      `?campaignId=${encodeGlobalID('Campaign', 'x1')}`,
      `?townshipId=${encodeGlobalID('OrgUnit', 0)}`,
      '?status=OPEN,DONE',
      '?level=HIGH',
      '?overdue=yes',
      // Dates: without a zone, not a date, further than a year back or two ahead of NOW, or a window that ends before it starts.
      '?foundFrom=2026-03-01',
      '?foundTo=yesterday',
      `?foundFrom=${encodeURIComponent('2005-03-01T00:00:00+08:00')}`,
      `?foundTo=${encodeURIComponent('2029-01-01T00:00:00+08:00')}`,
      `?foundFrom=${encodeURIComponent('2026-03-10T00:00:00+08:00')}&foundTo=${encodeURIComponent('2026-03-01T00:00:00+08:00')}`,
    ]) {
      const response = await fx.get(`/exports/hazards.xlsx${query}`, admin);
      expect(response.status, query).toBe(400);
      const body: unknown = await response.json();
      expect(body, query).toMatchObject({
        error: { code: 'BAD_USER_INPUT', message: expect.stringMatching(/[\u4e00-\u9fa5]/) },
      });
    }
    const anonymous = await fx.get('/exports/hazards.xlsx');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
  });

  it('records who exported what, with the filter and the row count', async () => {
    const housingStaff = await fx.login('housing.staff');
    await ledger('?level=MAJOR&overdue=true', 'housing.staff');
    const audit = await fx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'subject_id', 'after'])
      .where('action', '=', 'exportHazardLedger')
      .where('actor_id', '=', housingStaff.viewer.id)
      .execute();
    expect(audit).toHaveLength(1);
    const expectedFilter: HazardFilter = {
      campaignId: null,
      status: null,
      level: 'MAJOR',
      overdue: true,
      regulatorId: null,
      townshipId: null,
      foundFrom: null,
      foundTo: null,
    };
    expect(audit[0]).toEqual({
      actor_id: housingStaff.viewer.id,
      subject_id: '-',
      after: { filter: expectedFilter, rows: 1 },
    });
    const subjects = await fx.db
      .selectFrom('audit_log')
      .select('subject_type')
      .distinct()
      .where('action', '=', 'exportHazardLedger')
      .execute();
    expect(subjects).toEqual([{ subject_type: 'HazardLedger' }]);
  });
});
